"""inspect: a part of CPython 3.11's inspect module — the kind tests (`iscoroutinefunction`, …),
`signature` with `Signature`, `Parameter` and `BoundArguments`, `getmembers`, `getdoc`,
`cleandoc`, `getsource` and `getmodule`.

What only the interpreter knows of a function (its kind, parameters, source position) comes
from `_corun_inspect`.
"""

import enum
import sys
import _corun_frames
import _corun_inspect

__all__ = [
    "BoundArguments", "Parameter", "Signature", "cleandoc", "currentframe", "getdoc",
    "getmembers", "getmodule", "getsource", "getsourcelines", "isasyncgen",
    "isasyncgenfunction", "isawaitable", "isbuiltin", "isclass", "iscoroutine",
    "iscoroutinefunction", "isfunction", "isgenerator", "isgeneratorfunction", "ismethod",
    "ismodule", "isroutine", "signature", "stack", "getframeinfo", "getouterframes",
    "getinnerframes", "getlineno", "isframe", "istraceback", "iscode", "trace",
    "FrameInfo", "Traceback", "CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS",
    "CO_NESTED", "CO_GENERATOR", "CO_NOFREE", "CO_COROUTINE", "CO_ITERABLE_COROUTINE",
    "CO_ASYNC_GENERATOR", "isabstract", "isdatadescriptor", "ismethoddescriptor",
]


# The flags of a code object's `co_flags`.
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


def _f():
    pass


class _C:
    def m(self):
        pass


_FunctionType = type(_f)
_MethodType = type(_C().m)
_BuiltinFunctionType = type(len)
_ModuleType = type(sys)
_FrameType = type(sys._getframe())
try:
    raise TypeError
except TypeError as _e:
    _TracebackType = type(_e.__traceback__)


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def isabstract(object):
    """Return true if the object is an abstract base class: a class with abstract methods
    left to implement."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, "__abstractmethods__", ()))


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, _MethodType) and isfunction(getattr(object, "__func__", None))


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (its type defines `__set__` or
    `__delete__`): a property, a slot, … but not a class, function or method."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor: it has `__get__` and no `__set__`,
    and is not a class, function or method (`int.__add__`, a staticmethod, …)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__")


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return _corun_inspect.func_kind(object) is not None


def _unwrap_for_kind(f):
    while True:
        if isinstance(f, _MethodType) and hasattr(f, "__func__"):
            f = f.__func__
            continue
        func = getattr(f, "func", None)
        if func is not None and type(f).__name__ == "partial":
            f = func
            continue
        return f


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _corun_inspect.func_kind(_unwrap_for_kind(obj)) == "generator"


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function."""
    f = _unwrap_for_kind(obj)
    kind = _corun_inspect.func_kind(f)
    if kind is None:
        # An object standing in for a function (`AsyncMock`) says what it is by the flags
        # of its `__code__`.
        flags = getattr(getattr(f, "__code__", None), "co_flags", None)
        return isinstance(flags, int) and bool(flags & CO_COROUTINE)
    return kind == "coroutine"


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _corun_inspect.func_kind(_unwrap_for_kind(obj)) == "asyncgen"


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return _corun_inspect.obj_kind(object) == "asyncgen"


def isgenerator(object):
    """Return true if the object is a generator."""
    return _corun_inspect.obj_kind(object) == "generator"


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return _corun_inspect.obj_kind(object) == "coroutine"


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    return _corun_inspect.obj_kind(object) == "coroutine" or hasattr(type(object), "__await__")


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    if isinstance(object, _BuiltinFunctionType):
        return True
    return (isinstance(object, _MethodType) and not isfunction(getattr(object, "__func__", None))
            and hasattr(object, "__self__"))


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or type(object).__name__ in ("method_descriptor", "builtin_function_or_method",
                                         "wrapper_descriptor", "method-wrapper"))


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    results = []
    processed = set()
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Clean up indentation from docstrings."""
    try:
        lines = doc.expandtabs().split("\n")
    except UnicodeError:
        return None
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get("__doc__")
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else type(self)
    elif isfunction(obj):
        name = obj.__name__
        qualname = obj.__qualname__
        if "." not in qualname or "<locals>" in qualname:
            return None
        cls = getattr(getmodule(obj), qualname.split(".")[0], None)
        if not isclass(cls):
            return None
    else:
        return None
    for base in cls.__mro__[1:]:
        meth = base.__dict__.get(name)
        if meth is not None:
            doc = getattr(meth, "__doc__", None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up; inherited if it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if name is None:
        return None
    return sys.modules.get(name)


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, _FrameType)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, _TracebackType)


def iscode(object):
    """Return true if the object is a code object."""
    return type(object).__name__ == "code"


def getlineno(frame):
    """Get the line number from a frame object."""
    return frame.f_lineno


class Traceback(tuple):
    """What `getframeinfo` returns: (filename, lineno, function, code_context, index)."""

    __slots__ = ()
    _fields = ("filename", "lineno", "function", "code_context", "index")

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        return tuple.__new__(cls, (filename, lineno, function, code_context, index))

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])

    @property
    def positions(self):
        raise NotImplementedError("the positions of a frame (corun keeps no columns)")

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, "
                "index={!r})".format(*self))


class FrameInfo(tuple):
    """One entry of `stack()` and `getouterframes()`: the frame, then what `getframeinfo`
    gives for it."""

    __slots__ = ()
    _fields = ("frame", "filename", "lineno", "function", "code_context", "index")

    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    @property
    def positions(self):
        raise NotImplementedError("the positions of a frame (corun keeps no columns)")

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r})".format(*self))


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    lines = index = None
    if context > 0:
        text = _corun_frames.source(filename)
        if text is not None:
            all_lines = text.splitlines(True)
            start = lineno - 1 - context // 2
            start = max(0, min(start, len(all_lines) - context))
            lines = all_lines[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    """The frame and all of its callers, each as a FrameInfo, innermost first."""
    framelist = []
    while frame:
        framelist.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """The frames of a traceback, each as a FrameInfo, outermost first."""
    framelist = []
    while tb:
        framelist.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """The caller's frame and those that called it, innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """The frames between the current one and where the exception being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)


def _block(lines, start):
    """The lines of the definition that starts at `lines[start]` (decorators first)."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    i = start
    while i < len(lines) and lines[i].lstrip().startswith("@"):
        i += 1
    # The header may span several lines (parentheses): up to the line ending with ':'.
    depth = 0
    while i < len(lines):
        for ch in lines[i]:
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
        i += 1
        if depth <= 0:
            break
    end = i
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped and (len(line) - len(line.lstrip())) <= indent:
            break
        i += 1
        if stripped:
            end = i
    return lines[start:end]


def _source_lines(object):
    if isclass(object):
        found = _corun_inspect.module_source(sys.modules.get(object.__module__))
        if found is None:
            raise TypeError(f"{object!r} is a built-in class")
        filename, text = found
        lines = text.splitlines(True)
        name = object.__qualname__.split(".")[-1]
        for i, line in enumerate(lines):
            s = line.lstrip()
            if s.startswith("class ") and s[6:].lstrip().startswith(name):
                rest = s[6:].lstrip()[len(name):]
                if rest[:1] in ("(", ":", " "):
                    start = i
                    while start > 0 and lines[start - 1].lstrip().startswith("@"):
                        start -= 1
                    return _block(lines, start), start + 1
        raise OSError("could not find class definition")
    if ismethod(object):
        object = object.__func__
    if not isfunction(object):
        if ismodule(object):
            found = _corun_inspect.module_source(object)
            if found is None:
                raise TypeError(f"{object!r} is a built-in module")
            return found[1].splitlines(True), 0
        raise TypeError(
            "module, class, method, function, traceback, frame, or code object was expected, "
            f"got {type(object).__name__}"
        )
    found = _corun_inspect.source(object)
    if found is None:
        raise OSError("could not get source code")
    filename, lineno, text = found
    lines = text.splitlines(True)
    if object.__name__ == "<lambda>":
        return [lines[lineno - 1]], lineno
    return _block(lines, lineno - 1), lineno


def getsourcelines(object):
    """Return a list of source lines and starting line number for an object."""
    return _source_lines(object)


def getsource(object):
    """Return the text of the source code for an object."""
    lines, lnum = getsourcelines(object)
    return "".join(lines)


# ---- signatures ----

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_NAME_MAPPING[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_NAME_MAPPING = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """Represents a parameter in a function signature."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = "{} parameters cannot have default values"
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            msg = "name must be a str, not a {}".format(type(name).__name__)
            raise TypeError(msg)
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """Result of `Signature.bind` call."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(arg)
                else:
                    args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                else:
                    if param_name not in self.arguments:
                        kwargs_started = True
                        continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append("{}={!r}".format(arg, value))
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """A Signature object represents the overall signature of a function."""

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = {}
        else:
            if __validate_parameters__:
                params = {}
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        msg = (
                            "wrong parameter order: {} parameter before {} "
                            "parameter"
                        )
                        msg = msg.format(top_kind.description, kind.description)
                        raise ValueError(msg)
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                msg = "non-default argument follows default argument"
                                raise ValueError(msg)
                        else:
                            seen_default = True
                    if name in params:
                        msg = "duplicate parameter name: {!r}".format(name)
                        raise ValueError(msg)
                    params[name] = param
            else:
                params = dict((param.name, param) for param in parameters)
        self._parameters = params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = ("{arg!r} parameter is positional only, "
                                   "but was passed as a keyword")
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _VAR_KEYWORD or
                          param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            msg = "missing a required argument: {arg!r}"
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError("too many positional arguments") from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError(
                            "multiple values for argument {arg!r}".format(
                                arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError("missing a required argument: {arg!r}".format(
                        arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("{arg!r} parameter is positional only, "
                                    "but was passed as a keyword".format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(
                    "got an unexpected keyword argument {arg!r}".format(
                        arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object, that maps the passed `args` and `kwargs` to the
        function's signature."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Get a BoundArguments object, that partially maps the passed `args` and `kwargs`
        to the function's signature."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += " -> {}".format(anno)
        return rendered


def _signature_from_function(cls, func, skip_bound_arg=False):
    params = _corun_inspect.params(func, _empty)
    annotations = func.__annotations__
    parameters = [
        Parameter(name, _ParameterKind(kind), default=default,
                  annotation=annotations.get(name, _empty))
        for name, kind, default in params
    ]
    if skip_bound_arg:
        if not parameters or parameters[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
            raise ValueError("invalid method signature")
        if parameters[0].kind != _VAR_POSITIONAL:
            parameters = parameters[1:]
    return cls(parameters, return_annotation=annotations.get("return", _empty),
               __validate_parameters__=False)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             sigcls):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, _MethodType) and hasattr(obj, "__func__"):
        sig = _signature_from_callable(obj.__func__, follow_wrapper_chains=follow_wrapper_chains,
                                       skip_bound_arg=skip_bound_arg, sigcls=sigcls)
        if skip_bound_arg:
            params = tuple(sig.parameters.values())
            if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise ValueError("invalid method signature")
            if params[0].kind != _VAR_POSITIONAL:
                return sig.replace(parameters=params[1:])
        return sig
    if follow_wrapper_chains:
        seen = set()
        while hasattr(obj, "__wrapped__") and id(obj) not in seen:
            seen.add(id(obj))
            if "__signature__" in getattr(obj, "__dict__", {}):
                break
            obj = obj.__wrapped__
    sig = getattr(obj, "__signature__", None) if not isclass(obj) else None
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(sigcls, obj)
    if type(obj).__name__ == "partial":
        raise NotImplementedError("corun does not support inspect.signature of a partial")
    if isclass(obj):
        for name in ("__call__",):
            meta_call = getattr(type(obj), name, None)
            if isfunction(meta_call):
                return _signature_from_function(sigcls, meta_call, True)
        for base in obj.__mro__:
            if "__new__" in base.__dict__ and isfunction(base.__dict__["__new__"]):
                new = base.__dict__["__new__"]
                init_first = None
                for b in obj.__mro__:
                    if "__init__" in b.__dict__:
                        init_first = b
                        break
                if init_first is None or obj.__mro__.index(init_first) >= obj.__mro__.index(base):
                    return _signature_from_function(sigcls, new, True)
                break
        for base in obj.__mro__:
            if "__init__" in base.__dict__:
                init = base.__dict__["__init__"]
                if isfunction(init):
                    return _signature_from_function(sigcls, init, True)
                break
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return sigcls.from_callable(lambda: None)
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    if not isbuiltin(obj) and not isinstance(obj, _BuiltinFunctionType):
        call = getattr(type(obj), "__call__", None)
        if isfunction(call):
            return _signature_from_function(sigcls, call, True)
    raise NotImplementedError(
        "corun does not support inspect.signature of {!r}".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)
