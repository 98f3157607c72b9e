"""`http.client`: its exceptions, the status constants (`http.client.OK`, `responses`) and the
ports, which programs import to name HTTP errors and codes. Connections themselves
(`HTTPConnection`, `HTTPSConnection`, `HTTPResponse`) are not supported by corun: making one
raises NotImplementedError."""

from http import HTTPStatus

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPException", "NotConnected",
           "UnknownProtocol", "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState", "CannotSendRequest",
           "CannotSendHeader", "ResponseNotReady", "BadStatusLine", "LineTooLong",
           "RemoteDisconnected", "error", "responses", "HTTPSConnection"]

HTTP_PORT = 80
HTTPS_PORT = 443

_MAXLINE = 65536
_MAXHEADERS = 100

# The status codes as module constants (`OK`, `NOT_FOUND`, …) and their reason phrases.
globals().update(HTTPStatus.__members__)
__all__.extend(HTTPStatus.__members__)

responses = {status.value: status.phrase for status in HTTPStatus.__members__.values()}


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    """A body that ended early: `partial` holds what was read."""

    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = '' if self.expected is None else ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class _Unsupported:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("http.client.%s is not supported by corun" % type(self).__name__)


class HTTPConnection(_Unsupported):
    default_port = HTTP_PORT


class HTTPSConnection(HTTPConnection):
    default_port = HTTPS_PORT


class HTTPResponse(_Unsupported):
    pass
