"""pyexpat (xml.parsers.expat): an expat-compatible XML parser. The native `_xmlscan` checks a
document and gives its events; this module keeps expat's parser object, calls its handlers and
does namespace processing. Each `Parse` call scans the document again from the last point the scanner
said more data cannot change (the start of the root element's last unfinished token or text),
and the events complete so far are handled then."""

import operator as _operator
import sys
import types

import _xmlscan

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1), ("XML_DTD", 0),
            ("XML_CONTEXT_BYTES", 1024), ("XML_NS", 0)]

_MESSAGES = [
    "out of memory", "syntax error", "no element found", "not well-formed (invalid token)",
    "unclosed token", "partial character", "mismatched tag", "duplicate attribute",
    "junk after document element", "illegal parameter entity reference", "undefined entity",
    "recursive entity reference", "asynchronous entity", "reference to invalid character number",
    "reference to binary entity", "reference to external entity in attribute",
    "XML or text declaration not at start of entity", "unknown encoding",
    "encoding specified in XML declaration is incorrect", "unclosed CDATA section",
    "error in processing external entity reference", "document is not standalone",
    "unexpected parser state - please send a bug report",
    "entity declared in parameter entity",
    "requested feature requires XML_DTD support in Expat",
    "cannot change setting once parsing has begun", "unbound prefix",
    "must not undeclare prefix", "incomplete markup in parameter entity",
    "XML declaration not well-formed", "text declaration not well-formed",
    "illegal character(s) in public id", "parser suspended", "parser not suspended",
    "parsing aborted", "parsing finished", "cannot suspend in external parameter entity",
    "reserved prefix (xml) must not be undeclared or bound to another namespace name",
    "reserved prefix (xmlns) must not be declared or undeclared",
    "prefix must not be bound to one of the reserved namespace names", "invalid argument",
    "a successful prior call to function XML_GetBuffer is required",
    "limit on input amplification factor (from DTD and entities) breached",
]
_NAMES = [
    "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR",
    "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF",
    "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF",
    "BINARY_ENTITY_REF", "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING",
    "INCORRECT_ENCODING", "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING",
    "NOT_STANDALONE", "UNEXPECTED_STATE", "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD",
    "CANT_CHANGE_FEATURE_ONCE_PARSING", "UNBOUND_PREFIX", "UNDECLARING_PREFIX",
    "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID", "SUSPENDED", "NOT_SUSPENDED",
    "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML", "RESERVED_PREFIX_XMLNS",
    "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER", "AMPLIFICATION_LIMIT_BREACH",
]

errors = types.ModuleType("pyexpat.errors")
errors.__doc__ = "Constants used to describe error conditions."
errors.messages = {i + 1: m for i, m in enumerate(_MESSAGES)}
errors.codes = {m: i + 1 for i, m in enumerate(_MESSAGES)}
for _i, _n in enumerate(_NAMES):
    setattr(errors, "XML_ERROR_" + _n, _MESSAGES[_i])
model = types.ModuleType("pyexpat.model")
model.__doc__ = "Constants used to interpret content model information."
for _i, _n in enumerate(["XML_CTYPE_EMPTY", "XML_CTYPE_ANY", "XML_CTYPE_MIXED",
                         "XML_CTYPE_NAME", "XML_CTYPE_CHOICE", "XML_CTYPE_SEQ"]):
    setattr(model, _n, _i + 1)
for _i, _n in enumerate(["XML_CQUANT_NONE", "XML_CQUANT_OPT", "XML_CQUANT_REP",
                         "XML_CQUANT_PLUS"]):
    setattr(model, _n, _i)
sys.modules["pyexpat.errors"] = errors
sys.modules["pyexpat.model"] = model

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    __module__ = "xml.parsers.expat"

error = ExpatError


def ErrorString(code):
    return errors.messages.get(code)


_XML_NS = "http://www.w3.org/XML/1998/namespace"
# Errors a document cut short gives: more data may complete it.
_INCOMPLETE = (3, 5, 6, 20)

_HANDLERS = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
)


class XMLParserType:
    def __init__(self, encoding, namespace_separator, intern):
        for h in _HANDLERS:
            object.__setattr__(self, h, None)
        self._sep = namespace_separator
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.intern = intern
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self.CurrentLineNumber = 1
        self.CurrentColumnNumber = 0
        self.CurrentByteIndex = -1
        self._text = ""
        self._bytes = b""
        # Events handled so far, and how much of the text of the next one (text at the end
        # of the data given so far, which more data may continue).
        self._done = 0
        self._partial = 0
        # Where the next scan starts (`_xmlscan.scan`'s resume state, None: the beginning) and
        # how many events come before that point.
        self._resume = None
        self._events_before = 0
        self._finished = False
        self._scopes = []
        # How many namespace declarations the open elements make: with none, a name without a
        # prefix is its own expanded name.
        self._declared = 0

    def Parse(self, data, isfinal=False):
        if self._finished:
            self._fail(36, self.ErrorLineNumber, self.ErrorColumnNumber)
        if isinstance(data, str):
            self._text += data
        else:
            self._bytes += bytes(data)
            try:
                self._text += self._bytes.decode("utf-8")
                self._bytes = b""
            except UnicodeDecodeError as e:
                if not isfinal and e.end == len(self._bytes):
                    self._text += self._bytes[:e.start].decode("utf-8")
                    self._bytes = self._bytes[e.start:]
                else:
                    self._text += self._bytes[:e.start].decode("utf-8")
                    self._finished = True
                    line = self._text.count("\n") + 1
                    col = len(self._text) - (self._text.rfind("\n") + 1)
                    self._fail(4, line, col)
        events, err, resume = _xmlscan.scan(self._text, self._resume)
        if not isfinal and err is not None and err[0] in _INCOMPLETE:
            err = None
        if isfinal:
            self._finished = True
        base = self._events_before
        self._dispatch(events, isfinal, base)
        if resume is not None and base + resume[4] <= self._done:
            self._resume = resume
            self._events_before = base + resume[4]
        if err is not None:
            self._finished = True
            self._fail(*err)
        return 1

    def ParseFile(self, file):
        data = file.read()
        return self.Parse(data, True)

    def _fail(self, code, line, col):
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = col
        e = ExpatError("%s: line %d, column %d" % (errors.messages[code], line, col))
        e.code = code
        e.lineno = line
        e.offset = col
        raise e

    def _name(self, name, is_attr, line, col):
        if not self._declared and ":" not in name:
            return name
        prefix, colon, local = name.partition(":")
        if not colon:
            if is_attr:
                return name
            uri = self._lookup(None)
            return uri + self._sep + name if uri else name
        if prefix == "xml":
            uri = _XML_NS
        else:
            uri = self._lookup(prefix)
            if uri is None:
                self._finished = True
                self._fail(27, line, col)
        if self.namespace_prefixes:
            return uri + self._sep + local + self._sep + prefix
        return uri + self._sep + local

    def _lookup(self, prefix):
        for scope in reversed(self._scopes):
            for p, uri in scope:
                if p == prefix:
                    return uri or None
        return None

    def _dispatch(self, events, final, base):
        """Handles the events not handled yet; `events` are those from the `base`th on."""
        done, partial = self._done - base, self._partial
        if not final and events and events[-1][0] == 2:
            self._done, self._partial = base + len(events) - 1, len(events[-1][1])
        else:
            self._done, self._partial = base + len(events), 0
        text = []
        for index in range(done, len(events)):
            ev = events[index]
            kind = ev[0]
            if kind == 2:
                data = ev[1]
                if index == done and partial:
                    data = data[partial:]
                    if not data:
                        continue
                if self.buffer_text:
                    text.append(data)
                    continue
                h = self.CharacterDataHandler
                if h is not None:
                    h(data)
                elif self.DefaultHandlerExpand is not None:
                    self.DefaultHandlerExpand(data)
                continue
            if text:
                h = self.CharacterDataHandler
                if h is not None:
                    h("".join(text))
                text = []
            if kind == 0:
                self._start(ev)
            elif kind == 1:
                name = ev[1]
                if self._sep is not None and (self._declared or ":" in name):
                    name = self._name(name, False, 0, 0)
                if self.EndElementHandler is not None:
                    self.EndElementHandler(name)
                if self._sep is not None:
                    scope = self._scopes.pop()
                    self._declared -= len(scope)
                    if self.EndNamespaceDeclHandler is not None:
                        for prefix, _ in reversed(scope):
                            self.EndNamespaceDeclHandler(prefix)
            elif kind == 3:
                if self.CommentHandler is not None:
                    self.CommentHandler(ev[1])
            elif kind == 4:
                if self.ProcessingInstructionHandler is not None:
                    self.ProcessingInstructionHandler(ev[1], ev[2])
            elif kind == 5:
                if self.XmlDeclHandler is not None:
                    self.XmlDeclHandler(ev[1], ev[2], ev[3])
            elif kind == 6:
                if self.StartDoctypeDeclHandler is not None:
                    self.StartDoctypeDeclHandler(ev[1], ev[2], ev[3], int(ev[4]))
                if self.EndDoctypeDeclHandler is not None:
                    self.EndDoctypeDeclHandler()
            elif kind == 7:
                if self.StartCdataSectionHandler is not None:
                    self.StartCdataSectionHandler()
            elif kind == 8:
                if self.EndCdataSectionHandler is not None:
                    self.EndCdataSectionHandler()
        if text and self.CharacterDataHandler is not None:
            self.CharacterDataHandler("".join(text))

    def _start(self, ev):
        _, name, flat, line, col = ev
        self.CurrentLineNumber = line
        self.CurrentColumnNumber = col
        if self._sep is not None:
            scope = []
            if flat:
                # The attributes, flat, with the declarations taken out and names expanded.
                rest = []
                for i in range(0, len(flat), 2):
                    k = flat[i]
                    if k == "xmlns":
                        scope.append((None, flat[i + 1]))
                    elif k.startswith("xmlns:"):
                        scope.append((k[6:], flat[i + 1]))
                    else:
                        rest.append(k)
                        rest.append(flat[i + 1])
                self._declared += len(scope)
            self._scopes.append(scope)
            if scope and self.StartNamespaceDeclHandler is not None:
                for prefix, uri in scope:
                    self.StartNamespaceDeclHandler(prefix, uri or None)
            if self._declared or ":" in name:
                name = self._name(name, False, line, col)
            if flat:
                flat = rest
                for i in range(0, len(flat), 2):
                    flat[i] = self._name(flat[i], True, line, col)
        if self.StartElementHandler is None:
            return
        if self.ordered_attributes:
            attrs = list(flat)
        else:
            attrs = {flat[i]: flat[i + 1] for i in range(0, len(flat), 2)}
        self.StartElementHandler(name, attrs)

    def SetParamEntityParsing(self, flag):
        # The flag is a C int (whatever its value, expat says it was set).
        flag = _operator.index(flag)
        if not -2 ** 31 <= flag < 2 ** 31:
            raise OverflowError("Python int too large to convert to C int")
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def SetBase(self, base):
        if not isinstance(base, str):
            shown = "None" if base is None else type(base).__name__
            raise TypeError(f"SetBase() argument must be str, not {shown}")
        self._base = base

    def GetBase(self):
        return getattr(self, "_base", None)

    def GetInputContext(self):
        return None

    def ExternalEntityParserCreate(self, context, encoding=None):
        raise NotImplementedError("corun's pyexpat does not support external entity parsers")

    def GetReparseDeferralEnabled(self):
        return False

    def SetReparseDeferralEnabled(self, enabled):
        pass


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    if namespace_separator is not None and len(namespace_separator) > 1:
        raise ValueError("namespace_separator must be at most one character, omitted, or None")
    return XMLParserType(encoding, namespace_separator, {} if intern is None else intern)
