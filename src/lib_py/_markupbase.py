"""The base of `html.parser.HTMLParser`: line/offset bookkeeping, comments and marked
sections (`<![CDATA[...]]>`), as CPython 3.11's _markupbase has them."""

import re as _re

_NAME = _re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_COMMENT_END = _re.compile(r"--\s*>")
_SECTION_END = _re.compile(r"]\s*]\s*>")
_MS_SECTION_END = _re.compile(r"]\s*>")


class ParserBase:
    """Parser base class which provides some common support methods used
    by the SGML/HTML and XHTML parsers."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Moves the (line, offset) position over rawdata[i:j].
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (text.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def parse_comment(self, i, report=1):
        text = self.rawdata
        if text[i:i + 4] != "<!--":
            raise AssertionError("unexpected call to parse_comment()")
        m = _COMMENT_END.search(text, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(text[i + 4:m.start()])
        return m.end()

    def parse_marked_section(self, i, report=1):
        text = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in ("temp", "cdata", "ignore", "include", "rcdata"):
            m = _SECTION_END.search(text, i + 3)
        elif name in ("if", "else", "endif"):
            m = _MS_SECTION_END.search(text, i + 3)
        else:
            raise AssertionError(
                "unknown status keyword %r in marked section" % text[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(text[i + 3:m.start()])
        return m.end()

    def _scan_name(self, i, declstartpos):
        text = self.rawdata
        if i == len(text):
            return None, -1
        m = _NAME.match(text, i)
        if not m:
            self.updatepos(declstartpos, i)
            raise AssertionError(
                "expected name token at %r" % text[declstartpos:declstartpos + 20])
        if m.end() == len(text):
            return None, -1
        return m.group().strip().lower(), m.end()

    def parse_declaration(self, i):
        raise NotImplementedError("_markupbase.ParserBase.parse_declaration")

    def unknown_decl(self, data):
        pass
