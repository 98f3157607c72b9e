"""xml.sax: the Simple API for XML, over pyexpat (a non-validating reader without
namespace processing)."""

from xml.sax.handler import ContentHandler, ErrorHandler


class SAXException(Exception):
    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        self._systemId = self._locator.getSystemId()
        self._colnum = self._locator.getColumnNumber()
        self._linenum = self._locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        sysid = self.getSystemId()
        if sysid is None:
            sysid = "<unknown>"
        linenum = self.getLineNumber()
        if linenum is None:
            linenum = "?"
        colnum = self.getColumnNumber()
        if colnum is None:
            colnum = "?"
        return "%s:%s:%s: %s" % (sysid, linenum, colnum, self._msg)


class SAXNotRecognizedException(SAXException):
    pass


class SAXNotSupportedException(SAXException):
    pass


class AttributesImpl:
    def __init__(self, attrs):
        self._attrs = attrs

    def getLength(self):
        return len(self._attrs)

    def getType(self, name):
        return "CDATA"

    def getValue(self, name):
        return self._attrs[name]

    def getNames(self):
        return list(self._attrs.keys())

    def getQNames(self):
        return list(self._attrs.keys())

    def __len__(self):
        return len(self._attrs)

    def __getitem__(self, name):
        return self._attrs[name]

    def keys(self):
        return list(self._attrs.keys())

    def __contains__(self, name):
        return name in self._attrs

    def get(self, name, alternative=None):
        return self._attrs.get(name, alternative)

    def copy(self):
        return self.__class__(self._attrs)

    def items(self):
        return list(self._attrs.items())

    def values(self):
        return list(self._attrs.values())


class _Locator:
    def __init__(self, reader):
        self._reader = reader

    def getColumnNumber(self):
        return self._reader._col

    def getLineNumber(self):
        return self._reader._line

    def getPublicId(self):
        return None

    def getSystemId(self):
        return self._reader._system_id


class ExpatReader:
    def __init__(self):
        self._cont_handler = ContentHandler()
        self._err_handler = ErrorHandler()
        self._dtd_handler = None
        self._ent_handler = None
        self._system_id = None
        self._line = 1
        self._col = 0
        self._features = {}

    def getContentHandler(self):
        return self._cont_handler

    def setContentHandler(self, handler):
        self._cont_handler = handler

    def getErrorHandler(self):
        return self._err_handler

    def setErrorHandler(self, handler):
        self._err_handler = handler

    def setDTDHandler(self, handler):
        self._dtd_handler = handler

    def setEntityResolver(self, resolver):
        self._ent_handler = resolver

    def setFeature(self, name, state):
        from xml.sax import handler
        if name == handler.feature_namespaces and state:
            raise NotImplementedError("corun's xml.sax does not support namespace processing")
        self._features[name] = state

    def getFeature(self, name):
        return self._features.get(name, False)

    def setProperty(self, name, value):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def parse(self, source):
        if isinstance(source, str):
            self._system_id = source
            with open(source, "rb") as f:
                data = f.read()
        elif hasattr(source, "read"):
            self._system_id = getattr(source, "name", None)
            data = source.read()
        else:
            raise NotImplementedError("corun's xml.sax parses file names and file objects only")
        self._parse(data)

    def _parse(self, data):
        from xml.parsers import expat
        h = self._cont_handler
        p = expat.ParserCreate()
        p.buffer_text = True
        p.StartElementHandler = lambda name, attrs: h.startElement(name, AttributesImpl(attrs))
        p.EndElementHandler = h.endElement
        p.CharacterDataHandler = h.characters
        p.ProcessingInstructionHandler = h.processingInstruction
        h.setDocumentLocator(_Locator(self))
        h.startDocument()
        try:
            p.Parse(data, True)
        except expat.error as e:
            self._line, self._col = e.lineno, e.offset
            err = SAXParseException(expat.ErrorString(e.code), e, _Locator(self))
            self._err_handler.fatalError(err)
            return
        h.endDocument()


def make_parser(parser_list=()):
    return ExpatReader()


def parse(source, handler, errorHandler=ErrorHandler()):
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser._parse(string)
