"""Shell-style wildcard matching of file names: `*`, `?`, `[seq]` and `[!seq]`.

A pattern becomes a regular expression (`translate`, whose text is the same as CPython's, since
programs join several of them with `|`); the compiled matchers are cached."""

import functools
import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether NAME matches PAT (POSIX file names keep their case, so as `fnmatchcase`)."""
    return fnmatchcase(os.fspath(name), os.fspath(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _matcher(pat):
    if isinstance(pat, bytes):
        text = translate(str(pat, "ISO-8859-1"))
        return re.compile(text.encode("ISO-8859-1")).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names of the iterable NAMES that match PAT."""
    match = _matcher(os.fspath(pat))
    return [n for n in names if match(n)]


def fnmatchcase(name, pat):
    """Whether NAME matches PAT, comparing case as it is."""
    return _matcher(pat)(name) is not None


def _bracket_body(pat, start, end):
    """The regular-expression set text for the bracket body pat[start:end] (after a `!` if the
    set is negated: `start` is then the index of the `!`)."""
    body = pat[start:end]
    if "-" not in body:
        body = body.replace("\\", "\\\\")
    else:
        # Split at the hyphens that make ranges (the first character, or the one after `!`,
        # is never a range's hyphen, nor the one right after a range's end).
        pieces = []
        lo = start
        k = start + 2 if pat[start] == "!" else start + 1
        while True:
            k = pat.find("-", k, end)
            if k < 0:
                break
            pieces.append(pat[lo:k])
            lo = k + 1
            k += 3
        tail = pat[lo:end]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += "-"
        # A range whose ends are reversed is empty: fold it away.
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        body = "-".join(p.replace("\\", "\\\\").replace("-", "\\-") for p in pieces)
    # Set operations a future `re` may give meaning to are escaped.
    return re.sub(r"([&~|])", r"\\\1", body)


def _pieces(pat):
    """The pattern as a list of regular-expression pieces, with None standing for a run of `*`."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] is not None:
                out.append(None)
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            j = pat.find("]", j)
            if j < 0:
                out.append("\\[")
                continue
            body = _bracket_body(pat, i, j)
            i = j + 1
            if not body:
                out.append("(?!)")
            elif body == "!":
                out.append(".")
            elif body[0] == "!":
                out.append("[^" + body[1:] + "]")
            elif body[0] in "^[":
                out.append("[\\" + body + "]")
            else:
                out.append("[" + body + "]")
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """The regular expression (as text) that matches what the shell pattern PAT matches."""
    pieces = _pieces(pat)
    # Group the pieces as: fixed text, then (star, fixed text) pairs.
    groups = [[]]
    for p in pieces:
        if p is None:
            groups.append([])
        else:
            groups[-1].append(p)
    res = "".join(groups[0])
    last = len(groups) - 1
    for k in range(1, len(groups)):
        fixed = "".join(groups[k])
        if k == last:
            res += ".*" + fixed
        else:
            # An inner `*fixed` takes the shortest match and never backtracks into it.
            res += "(?>.*?" + fixed + ")"
    return "(?s:" + res + ")\\Z"
