"""Tokenization of Python source, as CPython 3.11's pure-Python tokenize module does it: the
same token stream (ENCODING, COMMENT, NL, INDENT/DEDENT, ERRORTOKEN and their positions),
`detect_encoding`, `untokenize` and `TokenInfo`.

The lexical rules are regular expressions built below; a line-by-line state machine keeps the
indentation stack, bracket depth and strings that run over several lines."""

import collections
import itertools as _itertools
import re
import sys
from builtins import open as _builtin_open
from codecs import lookup, BOM_UTF8
from io import TextIOWrapper

from token import *  # noqa: F401,F403
from token import EXACT_TOKEN_TYPES, tok_name
import token as _token

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                            "untokenize", "TokenInfo"]

cookie_re = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
blank_re = re.compile(br"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


class TokenInfo(collections.namedtuple("TokenInfo", "type string start end line")):
    def __repr__(self):
        kind = "%d (%s)" % (self.type, tok_name[self.type])
        return ("TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)"
                % (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


def group(*choices):
    return "(" + "|".join(choices) + ")"


def any(*choices):
    return group(*choices) + "*"


def maybe(*choices):
    return group(*choices) + "?"


# -- the lexical grammar ---------------------------------------------------------------------

Whitespace = r"[ \f\t]*"
Comment = r"#[^\r\n]*"
Ignore = Whitespace + any(r"\\\r?\n" + Whitespace) + maybe(Comment)
Name = r"\w+"

_DIGITS = r"[0-9](?:_?[0-9])*"
Hexnumber = r"0[xX](?:_?[0-9a-fA-F])+"
Binnumber = r"0[bB](?:_?[01])+"
Octnumber = r"0[oO](?:_?[0-7])+"
Decnumber = r"(?:0(?:_?0)*|[1-9](?:_?[0-9])*)"
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r"[eE][-+]?" + _DIGITS
Pointfloat = group(_DIGITS + r"\.(?:" + _DIGITS + ")?", r"\." + _DIGITS) + maybe(Exponent)
Expfloat = _DIGITS + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_DIGITS + "[jJ]", Floatnumber + "[jJ]")
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    # '', and every ordering and casing of b, r, u, f, br, fr.
    found = {""}
    for letters in ("b", "r", "u", "f", "br", "fr"):
        for order in _itertools.permutations(letters):
            for cased in _itertools.product(*[(c, c.upper()) for c in order]):
                found.add("".join(cased))
    return found


_PREFIXES = _all_string_prefixes()
_compiled = {}


def _compile(expr):
    prog = _compiled.get(expr)
    if prog is None:
        prog = _compiled[expr] = re.compile(expr, re.UNICODE)
    return prog


StringPrefix = group(*_PREFIXES)
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')
# Longer operators first, so that '==' is not read as two '='.
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r"\r?\n", Special)
PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r"\\\r?\n"),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r"\\\r?\n"))
PseudoExtras = group(r"\\\r?\n|\Z", Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

endpats = {}
single_quoted = set()
triple_quoted = set()
for _p in _PREFIXES:
    endpats[_p + "'"] = Single
    endpats[_p + '"'] = Double
    endpats[_p + "'''"] = Single3
    endpats[_p + '"""'] = Double3
    single_quoted.update((_p + "'", _p + '"'))
    triple_quoted.update((_p + "'''", _p + '"""'))
del _p

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# -- untokenize ------------------------------------------------------------------------------

class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            kind, text, start, end, line = t
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        # Only (type, string) pairs: spaces go where tokens would otherwise run together.
        indents = []
        out = self.tokens.append
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in _itertools.chain([token], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += " "
            if kind == STRING:
                if after_string:
                    text = " " + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out(indents[-1])
                at_line_start = False
            out(text)


def untokenize(iterable):
    """Transform tokens back into Python source code (bytes when an ENCODING token was given)."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


# -- encodings -------------------------------------------------------------------------------

def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """Find a source's encoding from a UTF-8 BOM or a PEP 263 coding cookie in its first two
    lines; returns the encoding and the lines (bytes) read."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = "utf-8"

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b""

    def find_cookie(line):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = "{} for {!r}".format(msg, filename)
            raise SyntaxError(msg)
        m = cookie_re.match(text)
        if not m:
            return None
        encoding = _get_normal_name(m.group(1))
        try:
            lookup(encoding)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != "utf-8":
                if filename is None:
                    msg = "encoding problem: utf-8"
                else:
                    msg = "encoding problem for {!r}: utf-8".format(filename)
                raise SyntaxError(msg)
            encoding += "-sig"
        return encoding

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = "utf-8-sig"
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a file in read only mode using the encoding detected by detect_encoding()."""
    buffer = _builtin_open(filename, "rb")
    try:
        encoding, _ = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = "r"
        return text
    except BaseException:
        buffer.close()
        raise


# -- tokenizing ------------------------------------------------------------------------------

def tokenize(readline):
    """Tokenize bytes read line by line from `readline`; the first token is ENCODING."""
    encoding, consumed = detect_encoding(readline)
    lines = _itertools.chain(consumed, iter(readline, b""), _itertools.repeat(b""))
    return _tokenize(lambda: next(lines), encoding)


def generate_tokens(readline):
    """Tokenize str lines read from `readline`."""
    return _tokenize(readline, None)


def _tokenize(readline, encoding):
    lnum = depth = continued = 0
    pending, needcont = "", 0        # a string still open at the end of a line
    pending_lines = None
    indents = [0]
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), "")
    pseudo = _compile(PseudoToken)
    last_line = b""
    line = b""
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = b""
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos, end_of_line = 0, len(line)

        if pending:
            if not line:
                raise TokenError("EOF in multi-line string", strstart)
            m = endprog.match(line)
            if m:
                pos = m.end(0)
                yield TokenInfo(STRING, pending + line[:pos], strstart, (lnum, pos),
                                pending_lines + line)
                pending, needcont = "", 0
                pending_lines = None
            elif needcont and line[-2:] != "\\\n" and line[-3:] != "\\\r\n":
                yield TokenInfo(ERRORTOKEN, pending + line, strstart, (lnum, len(line)),
                                pending_lines)
                pending = ""
                pending_lines = None
                continue
            else:
                pending += line
                pending_lines += line
                continue
        elif depth == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < end_of_line:
                c = line[pos]
                if c == " ":
                    column += 1
                elif c == "\t":
                    column = (column // tabsize + 1) * tabsize
                elif c == "\f":
                    column = 0
                else:
                    break
                pos += 1
            if pos == end_of_line:
                break
            if line[pos] in "#\r\n":
                # A comment-only or blank line: no INDENT/DEDENT, and NL not NEWLINE.
                if line[pos] == "#":
                    text = line[pos:].rstrip("\r\n")
                    yield TokenInfo(COMMENT, text, (lnum, pos), (lnum, pos + len(text)), line)
                    pos += len(text)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents = indents[:-1]
                yield TokenInfo(DEDENT, "", (lnum, pos), (lnum, pos), line)
        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = 0

        while pos < end_of_line:
            m = pseudo.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text, first = line[start:end], line[start]
            if first in "0123456789" or (first == "." and text not in (".", "...")):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif first in "\r\n":
                yield TokenInfo(NL if depth > 0 else NEWLINE, text, spos, epos, line)
            elif first == "#":
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                endprog = _compile(endpats[text])
                m = endprog.match(line, pos)
                if m:
                    pos = m.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    strstart = (lnum, start)
                    pending = line[start:]
                    pending_lines = line
                    break
            elif first in single_quoted or text[:2] in single_quoted or \
                    text[:3] in single_quoted:
                if text[-1] == "\n":
                    # A backslash-newline inside a one-quote string: it goes on.
                    strstart = (lnum, start)
                    endprog = _compile(endpats.get(first) or endpats.get(text[1])
                                       or endpats.get(text[2]))
                    pending, needcont = line[start:], 1
                    pending_lines = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif first == "\\":
                continued = 1
            else:
                if first in "([{":
                    depth += 1
                elif first in ")]}":
                    depth -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    if last_line and last_line[-1] not in "\r\n" and not last_line.strip().startswith("#"):
        yield TokenInfo(NEWLINE, "", (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1),
                        "")
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, "", (lnum, 0), (lnum, 0), "")
    yield TokenInfo(ENDMARKER, "", (lnum, 0), (lnum, 0), "")


if __name__ == "__main__":
    raise NotImplementedError("python -m tokenize")
