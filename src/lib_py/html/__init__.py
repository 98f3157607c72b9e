"""General functions for HTML: `escape` and `unescape`, the latter with every named and
numeric character reference of HTML5 and its rules for references to invalid code points."""

import re as _re
from html.entities import html5 as _html5

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """S with `&`, `<` and `>` written as character references, and both quotation marks
    too when QUOTE is true, so that it can stand in HTML text or an attribute value."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references that HTML5 reads as something else: NUL and CR, and 0x80-0x9F, which
# pages write meaning the Windows-1252 character of that byte (the five bytes Windows-1252
# leaves undefined stay themselves).
_CP1252_HIGH = ("\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
                "\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014"
                "\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178")
_replaced = {0x00: "\ufffd", 0x0D: "\r"}
for _i, _c in enumerate(_CP1252_HIGH):
    _replaced[0x80 + _i] = _c
del _i, _c


def _dropped(cp):
    """Whether a numeric reference to CP yields nothing: a control character or a noncharacter."""
    if 0x01 <= cp <= 0x08 or cp == 0x0B or 0x0E <= cp <= 0x1F or 0x7F <= cp <= 0x9F:
        return True
    return 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE


def _numeric(text):
    digits = text[1:].rstrip(";")
    if digits[0] in "xX":
        cp = int(digits[1:], 16)
    else:
        cp = int(digits)
    if cp in _replaced:
        return _replaced[cp]
    if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
        return "\ufffd"
    if _dropped(cp):
        return ""
    return chr(cp)


def _reference(m):
    text = m.group(1)
    if text[0] == "#":
        return _numeric(text)
    if text in _html5:
        return _html5[text]
    # A legacy reference may stand without its `;` before other letters: take the longest
    # known name the text starts with.
    for end in range(len(text) - 1, 1, -1):
        head = text[:end]
        if head in _html5:
            return _html5[head] + text[end:]
    return "&" + text


_reference_re = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """S with every named and numeric character reference (`&gt;`, `&#62;`, `&#x3e;`)
    replaced by its text, reading invalid and unterminated references as HTML5 says."""
    if "&" not in s:
        return s
    return _reference_re.sub(_reference, s)
