"""A parser for HTML and XHTML: `HTMLParser` calls its handle_* methods for the tags, data,
comments, declarations and references it finds, as CPython 3.11's html.parser does (the same
tolerant tag grammar, so the same calls with the same arguments, in the same chunks)."""

import re as _re
import _markupbase

from html import unescape

__all__ = ["HTMLParser"]

_SPECIAL = _re.compile("[&<]")
_PARTIAL_REF = _re.compile("&[a-zA-Z#]")
_ENTITY_REF = _re.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_CHAR_REF = _re.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_REF_END = _re.compile(r"[\s;]")
_TAG_OPEN = _re.compile("<[a-zA-Z]")
_TAG_NAME = _re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTR_VALUE = r"""(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)"""
_ATTR = _re.compile(
    r"""((?<=['"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*(""" + _ATTR_VALUE + r"""))?(?:\s|/(?!>))*""")
# How far a start tag reaches: its name, then attributes, then trailing blanks.
_START_TAG_EXTENT = _re.compile(
    r"""<[a-zA-Z][^\t\n\r\f />\x00]*(?:[\s/]*(?:(?<=['"\s/])[^\s/>][^\s/=>]*"""
    r"""(?:\s*=+\s*""" + _ATTR_VALUE + r"""\s*)?(?:\s|/(?!>))*)*)?\s*""")
_END_TAG = _re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    _HTMLParser__starttag_text = None

    def __init__(self, *, convert_charrefs=True):
        """Initialize and reset this instance."""
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _SPECIAL
        self.cdata_elem = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        r"""Feed data to the parser."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self._HTMLParser__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = _re.compile(r"</\s*%s\s*>" % self.cdata_elem, _re.I)

    def clear_cdata_mode(self):
        self.interesting = _SPECIAL
        self.cdata_elem = None

    def _text(self, chunk):
        # Text outside script/style has its references resolved when convert_charrefs is set.
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(chunk))
        else:
            self.handle_data(chunk)

    def goahead(self, end):
        # Handles as much of rawdata as is complete; with `end`, all of it.
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = raw.find("<", i)
                if j < 0:
                    # A reference may be cut in two at the end of the buffer: keep the text
                    # back while an '&' near the end is not yet followed by a blank or ';'.
                    amp = raw.rfind("&", max(i, n - 34))
                    if amp >= 0 and not _REF_END.search(raw, amp):
                        break
                    j = n
            else:
                m = self.interesting.search(raw, i)
                if m:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw.startswith("<", i):
                if _TAG_OPEN.match(raw, i):
                    k = self.parse_starttag(i)
                elif raw.startswith("</", i):
                    k = self.parse_endtag(i)
                elif raw.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif raw.startswith("<?", i):
                    k = self.parse_pi(i)
                elif raw.startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # Unfinished markup at the end becomes text, up to the next '>' or '<'.
                    k = raw.find(">", i + 1)
                    if k < 0:
                        k = raw.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(raw[i:k])
                i = self.updatepos(i, k)
            elif raw.startswith("&#", i):
                m = _CHAR_REF.match(raw, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if raw[k - 1] != ";":
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in raw[i:]:
                    self.handle_data(raw[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif raw.startswith("&", i):
                m = _ENTITY_REF.match(raw, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if raw[k - 1] != ";":
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _PARTIAL_REF.match(raw, i)
                if m:
                    if end and m.group() == raw[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw[i:i + 4] == "<!--":
            return self.parse_comment(i)
        if raw[i:i + 3] == "<![":
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == "<!doctype":
            gt = raw.find(">", i + 9)
            if gt < 0:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        gt = raw.find(">", i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        raw = self.rawdata
        gt = raw.find(">", i + 2)
        if gt < 0:
            return -1
        self.handle_pi(raw[i + 2:gt])
        return gt + 1

    def parse_starttag(self, i):
        self._HTMLParser__starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        raw = self.rawdata
        self._HTMLParser__starttag_text = raw[i:stop]
        m = _TAG_NAME.match(raw, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < stop:
            m = _ATTR.match(raw, k)
            if not m:
                break
            name, assign, value = m.group(1, 2, 3)
            if not assign:
                value = None
            elif value[:1] in ("'", '"') and value[-1:] == value[:1]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        rest = raw[k:stop].strip()
        if rest not in (">", "/>"):
            self.handle_data(raw[i:stop])
            return stop
        if rest.endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return stop

    def check_for_whole_start_tag(self, i):
        # Where the start tag at i ends, or -1 when more input may still complete it.
        raw = self.rawdata
        j = _START_TAG_EXTENT.match(raw, i).end()
        after = raw[j:j + 1]
        if after == ">":
            return j + 1
        if after == "/":
            if raw.startswith("/>", j):
                return j + 2
            return -1
        if after == "" or after in ("abcdefghijklmnopqrstuvwxyz=/"
                                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        raw = self.rawdata
        gt = raw.find(">", i + 1)
        if gt < 0:
            return -1
        gt += 1
        m = _END_TAG.match(raw, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:gt])
                return gt
            name = _TAG_NAME.match(raw, i + 2)
            if not name:
                if raw[i:i + 3] == "</>":
                    return i + 3
                return self.parse_bogus_comment(i)
            tag = name.group(1).lower()
            gt = raw.find(">", name.end())
            self.handle_endtag(tag)
            return gt + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(raw[i:gt])
            return gt
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gt

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
