"""warnings: issuing, filtering and showing warnings, as CPython 3.11's warnings.py.

`warn` is native (`_corun_warnings.warn`): it notes where it was called from, then hands the
warning to `_warn_at` here. The interpreter's own warnings (a coroutine never awaited, …) come
through `_warn_native` once this module is imported, so the filters apply to them too.
"""

import sys
import _corun_warnings

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

warn = _corun_warnings.warn

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1
# Each module's registry (CPython keeps it in the module's `__warningregistry__`).
_registries = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _getline(filename, lineno):
    try:
        with open(filename, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except Exception:
        pass
    return ""


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _getline(filename, lineno)
    if line:
        line = line.strip()
        s += f"  {line}\n"
    return s


def _formatwarnmsg_impl(msg):
    s = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if msg.source is not None:
        # What CPython adds for a warning about an object while tracemalloc is off.
        s += f"{msg.category.__name__}: Enable tracemalloc to get the object allocation traceback\n"
    return s


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_CATEGORIES = {c.__name__: c for c in (
    Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
    RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
    ResourceWarning, EncodingWarning)}
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append("")
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r"\Z"
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." not in category:
        if category not in _CATEGORIES:
            raise _OptionError("unknown warning category: %r" % (category,))
        return _CATEGORIES[category]
    else:
        module, _, klass = category.rpartition(".")
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _warn_at(message, category, filename, lineno, module, source=None):
    """`warn` once its location is known (called by the native `warn`): returns the exception
    an "error" filter makes of the warning, for `warn` to raise from its caller's line."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(
            "category must be a Warning subclass, not '{:s}'".format(type(category).__name__)
        )
    registry = _registries.setdefault(module, {})
    return _warn_explicit(message, category, filename, lineno, module, registry, source)


def _warn_native(category_name, message, filename, lineno, line, from_coroutine):
    """A warning of the interpreter itself, at a location it knows."""
    category = _CATEGORIES[category_name]
    registry = _registries.setdefault("__main__", {})
    _linecache[(filename, lineno)] = line
    try:
        error = _warn_explicit(message, category, filename, lineno, "__main__", registry,
                               True if from_coroutine else None)
        if error is not None:
            raise error
    finally:
        _linecache.pop((filename, lineno), None)


_linecache = {}


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    error = _warn_explicit(message, category, filename, lineno, module, registry, source)
    if error is not None:
        raise error


def _warn_explicit(message, category, filename, lineno, module, registry, source):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and
                issubclass(category, cat) and
                _matches(mod, module) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        return message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" % (action, item)
        )
    line = _linecache.get((filename, lineno))
    msg = WarningMessage(message, category, filename, lineno, None, line, source)
    _showwarnmsg(msg)


def _matches(pattern, s):
    # A filter made from a string (the default ones) compares for equality.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == s
    return pattern.match(s)


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting the
    context, and optionally records the warnings shown.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        global filters, showwarning, _showwarnmsg_impl
        self._filters = filters
        filters = filters[:]
        _filters_mutated()
        self._showwarning = showwarning
        self._showwarnmsg_impl = _showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _showwarnmsg_impl = log.append
            showwarning = _showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        global filters, showwarning, _showwarnmsg_impl
        filters = self._filters
        _filters_mutated()
        showwarning = self._showwarning
        _showwarnmsg_impl = self._showwarnmsg_impl


if True:
    simplefilter("ignore", category=ResourceWarning, append=True)
    simplefilter("ignore", category=ImportWarning, append=True)
    simplefilter("ignore", category=PendingDeprecationWarning, append=True)
    simplefilter("ignore", category=DeprecationWarning, append=True)
    filters.append(("default", None, DeprecationWarning, "__main__", 0))
    filters.reverse()
    _filters_version = 1
    _processoptions(_corun_warnings.options())
