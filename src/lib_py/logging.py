"""Logging: corun's version of CPython's logging for scripts: loggers by name, levels,
filters, basicConfig, StreamHandler, Formatter (the three styles) and CPython's default
formats."""

import sys
import time
import _thread
from _os import getpid as _os_getpid

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_level_names = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO",
                DEBUG: "DEBUG", NOTSET: "NOTSET"}
_name_levels = {v: k for k, v in _level_names.items()}
_name_levels["WARN"] = WARNING
_name_levels["FATAL"] = CRITICAL

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
raiseExceptions = True


def getLevelName(level):
    if level in _level_names:
        return _level_names[level]
    if level in _name_levels:
        return _name_levels[level]
    return "Level %s" % level


def _check_level(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _name_levels:
            raise ValueError("Unknown level: %r" % level)
        return _name_levels[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


_checkLevel = _check_level


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    if not hasattr(type(obj), "keys"):
        return False
    import collections.abc
    return isinstance(obj, collections.abc.Mapping)


_start_time = time.time()


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None):
        self.name = name
        self.levelno = level
        self.levelname = getLevelName(level)
        self.pathname = pathname
        self.filename = pathname.replace("\\", "/").rpartition("/")[2]
        self.module = self.filename.rpartition(".")[0] or self.filename
        self.lineno = lineno
        self.funcName = func
        self.msg = msg
        # One mapping as the only argument fills `%(key)s` fields.
        if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
            args = args[0]
        self.args = args
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.created = time.time()
        self.msecs = int((self.created - int(self.created)) * 1000)
        self.relativeCreated = (self.created - _start_time) * 1000
        self.thread = _thread.get_ident()
        threading = sys.modules.get("threading")
        self.threadName = threading.current_thread().name if threading else "MainThread"
        self.processName = "MainProcess"
        self.process = _os_getpid()

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                     self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


def makeLogRecord(dict):
    """A record whose attributes are the mapping's items (a record sent over a wire)."""
    rv = LogRecord(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


_STYLES = ("%", "{", "$")
_DEFAULT_FORMATS = {"%": "%(message)s", "{": "{message}", "$": "${message}"}


class Formatter:
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES))
        self._style_char = style
        self._fmt = fmt if fmt else _DEFAULT_FORMATS[style]
        self._defaults = defaults
        self.datefmt = datefmt
        if validate:
            self._validate()

    def _validate(self):
        import re
        fmt = self._fmt
        style = self._style_char
        if style == "%":
            if not re.search(r"%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]", fmt,
                             re.I):
                raise ValueError("Invalid format '%s' for '%s' style" % (fmt, style))
            return
        import string
        found = False
        if style == "{":
            spec_re = re.compile(r"^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?"
                                 r"[bcdefgnosx%]?$", re.I)
            name_re = re.compile(r"^(\d+|\w+)(\.\w+|\[[^]]+\])*$")
            try:
                for _text, field, spec, conv in string.Formatter().parse(fmt):
                    if field:
                        if not name_re.match(field):
                            raise ValueError("invalid field name/expression: %r" % field)
                        found = True
                    if conv and conv not in "rsa":
                        raise ValueError("invalid conversion: %r" % conv)
                    if spec and not spec_re.match(spec):
                        raise ValueError("bad specifier: %r" % spec)
            except ValueError as e:
                raise ValueError("invalid format: %s" % e)
        else:
            for m in string.Template.pattern.finditer(fmt):
                d = m.groupdict()
                if d["named"] or d["braced"]:
                    found = True
                elif m.group(0) == "$":
                    raise ValueError("invalid format: bare '$' not allowed")
        if not found:
            raise ValueError("invalid format: no fields")

    def usesTime(self):
        fmt = self._fmt
        if self._style_char == "%":
            return "%(asctime)" in fmt
        if self._style_char == "{":
            return "{asctime" in fmt
        return "$asctime" in fmt or "${asctime}" in fmt

    def formatMessage(self, record):
        values = record.__dict__
        if self._defaults:
            values = {**self._defaults, **values}
        style = self._style_char
        try:
            if style == "%":
                return self._fmt % values
            if style == "{":
                return self._fmt.format(**values)
            import string
            return string.Template(self._fmt).substitute(**values)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % e)

    def formatTime(self, record, datefmt=None):
        ct = time.localtime(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        return self.default_msec_format % (time.strftime(self.default_time_format, ct),
                                           record.msecs)

    def formatException(self, ei):
        import traceback
        return "".join(traceback.format_exception(*ei)).rstrip("\n")

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s

    def formatStack(self, stack_info):
        return stack_info


class Filter:
    """Passes the records of the logger it names and of that logger's descendants."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen] == "."


class Filterer:
    """What loggers and handlers share: a list of filters, each an object with a `filter`
    method or a callable, all of which a record must pass."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            result = f.filter(record) if hasattr(f, "filter") else f(record)
            if not result:
                return False
        return True


# Handlers by name (`logging.config` looks them up) and every handler made, for shutdown().
_handlers = {}
_handlerList = []


def _acquireLock():
    pass


def _releaseLock():
    pass


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _check_level(level)
        self.formatter = None
        self.lock = None
        _handlerList.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _handlers:
            del _handlers[self._name]
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))

    def setLevel(self, level):
        self.level = _check_level(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _default_formatter).format(record)

    def handle(self, record):
        # The level is checked by the logger that calls it (a MemoryHandler hands its target
        # every record it kept, as CPython's does).
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def flush(self):
        pass

    def close(self):
        if self._name in _handlers:
            del _handlers[self._name]

    def handleError(self, record):
        if raiseExceptions and sys.stderr:
            import traceback

            sys.stderr.write("--- Logging error ---\n")
            traceback.print_exc(file=sys.stderr)


class StreamHandler(Handler):
    terminator = "\n"

    def __init__(self, stream=None):
        super().__init__()
        self.stream = stream

    def emit(self, record):
        try:
            msg = self.format(record)
            stream = self.stream if self.stream is not None else sys.stderr
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        self.flush()
        self.stream = stream
        return result

    def __repr__(self):
        stream = self.stream if self.stream is not None else sys.stderr
        name = str(getattr(stream, "name", ""))
        if name:
            name += " "
        return "<%s %s(%s)>" % (type(self).__name__, name, getLevelName(self.level))

    def flush(self):
        if self.stream is not None and hasattr(self.stream, "flush"):
            self.stream.flush()


class FileHandler(StreamHandler):
    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        import os

        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        Handler.__init__(self)
        self.stream = None if delay else self._open()

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            self.stream = self._open()
        StreamHandler.emit(self, record)

    def close(self):
        if self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None
        Handler.close(self)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class NullHandler(Handler):
    """A handler that does nothing (what a library adds so that its records are not reported
    as unhandled)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


_default_formatter = Formatter()


class PlaceHolder:
    """Stands in the manager's table for a logger name that has only descendants so far."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap[alogger] = None


class Manager:
    """The table of loggers by name (`logging.root.manager.loggerDict`) and the level
    `logging.disable` set."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = _loggers
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        return getLogger(name)


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _check_level(level)
        self.handlers = []
        self.parent = None
        self.propagate = True
        self.disabled = False

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def setLevel(self, level):
        self.level = _check_level(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def addHandler(self, h):
        if h not in self.handlers:
            self.handlers.append(h)

    def removeHandler(self, h):
        if h in self.handlers:
            self.handlers.remove(h)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def findCaller(self, stack_info=False, stacklevel=1):
        """The file, line and function of the code that logs (out of logging's own frames,
        `stacklevel - 1` frames further), and the stack up to it when asked for."""
        f = sys._getframe(1)
        while stacklevel > 0:
            if f.f_back is None:
                break
            f = f.f_back
            if f.f_code.co_filename != _srcfile:
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            import traceback
            sinfo = "Stack (most recent call last):\n" + "".join(traceback.format_stack(f))
            if sinfo.endswith("\n"):
                sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        rv = LogRecord(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in rv.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        if not self.isEnabledFor(level):
            return
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra,
                                 sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def callHandlers(self, record):
        found = 0
        logger = self
        while logger:
            for h in logger.handlers:
                found += 1
                if record.levelno >= h.level:
                    h.handle(record)
            if not logger.propagate:
                break
            logger = logger.parent
        if found == 0 and lastResort and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def debug(self, msg, *args, **kwargs):
        self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self._log(ERROR, msg, args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        self._log(_check_level(level), msg, args, **kwargs)

    def getChild(self, suffix):
        return getLogger(self.name + "." + suffix if self.name != "root" else suffix)


class RootLogger(Logger):
    def __init__(self, level):
        super().__init__("root", level)

    def __repr__(self):
        return "<RootLogger root (%s)>" % getLevelName(self.getEffectiveLevel())


# Frames of this file are logging's own: the caller a record names is the first frame out of
# them.
_srcfile = getLevelName.__code__.co_filename

_loggers = {}
root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)
lastResort = StreamHandler()
lastResort.level = WARNING
_handlerList.remove(lastResort)


def getLogger(name=None):
    if not name or name == "root":
        return root
    if name in _loggers:
        return _loggers[name]
    logger = Logger(name)
    _loggers[name] = logger
    parent_name = name.rpartition(".")[0]
    logger.parent = getLogger(parent_name) if parent_name else root
    for other_name, other in _loggers.items():
        if other_name.startswith(name + ".") and other.parent is logger.parent:
            other.parent = logger
    return logger


def basicConfig(**kwargs):
    force = kwargs.pop("force", False)
    encoding = kwargs.pop("encoding", None)
    errors = kwargs.pop("errors", "backslashreplace")
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if root.handlers:
        return
    handlers = kwargs.pop("handlers", None)
    if handlers is None:
        if "stream" in kwargs and "filename" in kwargs:
            raise ValueError("'stream' and 'filename' should not be specified together")
    elif "stream" in kwargs or "filename" in kwargs:
        raise ValueError("'stream' or 'filename' should not be specified together with "
                         "'handlers'")
    if handlers is None:
        filename = kwargs.pop("filename", None)
        mode = kwargs.pop("filemode", "a")
        if filename:
            if "b" in mode:
                errors = None
            handlers = [FileHandler(filename, mode, encoding=encoding, errors=errors)]
        else:
            handlers = [StreamHandler(kwargs.pop("stream", None))]
    datefmt = kwargs.pop("datefmt", None)
    style = kwargs.pop("style", "%")
    if style not in _STYLES:
        raise ValueError("Style must be one of: %s" % ",".join(_STYLES))
    default = {"%": BASIC_FORMAT, "{": "{levelname}:{name}:{message}",
               "$": "${levelname}:${name}:${message}"}[style]
    fmt = Formatter(kwargs.pop("format", default), datefmt, style)
    for h in handlers:
        if h.formatter is None:
            h.setFormatter(fmt)
        root.addHandler(h)
    level = kwargs.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError("Unrecognised argument(s): " + ", ".join(kwargs))


def _ensure_configured():
    if not root.handlers:
        basicConfig()


def debug(msg, *args, **kwargs):
    _ensure_configured()
    root.debug(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _ensure_configured()
    root.info(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    _ensure_configured()
    root.warning(msg, *args, **kwargs)


warn = warning


def error(msg, *args, **kwargs):
    _ensure_configured()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    _ensure_configured()
    root.error(msg, *args, exc_info=exc_info, **kwargs)


def critical(msg, *args, **kwargs):
    _ensure_configured()
    root.critical(msg, *args, **kwargs)


fatal = critical


def log(level, msg, *args, **kwargs):
    _ensure_configured()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = _check_level(level)


def getLevelNamesMapping():
    return dict(_name_levels)


def shutdown(handlerList=None):
    """Flush and close every handler (the newest first)."""
    if handlerList is None:
        handlerList = _handlerList
    for h in reversed(handlerList[:]):
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            pass
