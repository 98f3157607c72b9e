"""Wrapping and filling text, as CPython's `textwrap`: `wrap`, `fill`, `shorten`, `dedent`,
`indent` and `TextWrapper`. Written in Python: it is string work that is not hot. Words are
split where CPython's word-splitting pattern splits them, with a scanner instead of a regular
expression."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_letter(c):
    # A word character that is not a digit.
    return c == "_" or c.isalpha()


def _is_word(c):
    return c == "_" or c.isalnum()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _split_word(text, start, end):
    """Splits the non-space run text[start:end] at hyphens and em-dashes where CPython's
    `wordsep_re` splits it; returns the pieces."""
    pieces = []
    i = start
    while i < end:
        # An em-dash standing between words is a piece of its own.
        if (text.startswith("--", i) and i > 0 and _is_word_punct(text[i - 1])):
            j = i
            while j < end and text[j] == "-":
                j += 1
            if j < len(text) and _is_word(text[j]):
                pieces.append(text[i:j])
                i = j
                continue
        k = i + 1
        cut = end
        while k < end:
            c = text[k]
            if c == "-":
                before_ok = (k - 2 >= 0 and _is_letter(text[k - 2]) and _is_letter(text[k - 1])) or \
                    (k - 3 >= 0 and _is_letter(text[k - 3]) and text[k - 2] == "-" and _is_letter(text[k - 1]))
                after = text[k + 1:k + 4]
                after_ok = len(after) >= 1 and _is_letter(after[0]) and (
                    (len(after) >= 2 and _is_letter(after[1])) or
                    (len(after) >= 3 and after[1] == "-" and _is_letter(after[2])))
                if before_ok and after_ok:
                    cut = k + 1
                    break
                if text.startswith("--", k) and _is_word_punct(text[k - 1]):
                    j = k
                    while j < len(text) and text[j] == "-":
                        j += 1
                    if j < len(text) and _is_word(text[j]):
                        cut = k
                        break
            k += 1
        pieces.append(text[i:cut])
        i = cut
    return pieces


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        chunks = []
        i, n = 0, len(text)
        while i < n:
            j = i
            space = text[i] in _whitespace
            while j < n and (text[j] in _whitespace) == space:
                j += 1
            if space or not self.break_on_hyphens:
                chunks.append(text[i:j])
            else:
                chunks.extend(_split_word(text, i, j))
            i = j
        return chunks

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == " " and _ends_sentence(c):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = chunks[::-1]
        while chunks:
            line = []
            size = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == "":
                chunks.pop()
            while chunks and size + len(chunks[-1]) <= width:
                size += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, size, width)
                size = sum(len(c) for c in line)
            if self.drop_whitespace and line and line[-1].strip() == "":
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1
                                           and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and size <= width)):
                lines.append(indent + "".join(line))
                continue
            # The last line allowed: end it with the placeholder where it fits.
            while line:
                if line[-1].strip() and size + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + "".join(line))
                    break
                size -= len(line[-1])
                line.pop()
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def _ends_sentence(chunk):
    # A lowercase letter, then . ! or ?, then perhaps a closing quote.
    c = chunk
    if c and c[-1] in "\"'":
        c = c[:-1]
    return len(c) >= 2 and c[-1] in ".!?" and "a" <= c[-2] <= "z"


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _lines(text):
    """The lines of `text`, each with its '\\n'."""
    out = []
    start = 0
    while True:
        i = text.find("\n", start)
        if i < 0:
            if start < len(text):
                out.append(text[start:])
            return out
        out.append(text[start:i + 1])
        start = i + 1


def dedent(text):
    lines = _lines(text)
    # Lines of only spaces and tabs lose them.
    for n, line in enumerate(lines):
        body = line[:-1] if line.endswith("\n") else line
        if body and body.strip(" \t") == "":
            lines[n] = line[len(body):]
    margin = None
    for line in lines:
        body = line[:-1] if line.endswith("\n") else line
        stripped = body.lstrip(" \t")
        if not stripped:
            continue
        ind = body[:len(body) - len(stripped)]
        if margin is None or ind.startswith(margin):
            if margin is None:
                margin = ind
        elif margin.startswith(ind):
            margin = ind
        else:
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [ln[len(margin):] if ln.startswith(margin) else ln for ln in lines]
    return "".join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
