"""The registry `pickle` and `copy` consult, and the reductions objects fall back on.

`dispatch_table` maps a type to the function that reduces its objects; the extension registry
maps `(module, name)` pairs to small codes. `_reduce_object` is what `object.__reduce_ex__`
returns in CPython: the class and the arguments of `__new__`, the instance's state, and for
lists and dicts their items (or, below protocol 2, `_reconstructor` and its arguments). It
also knows the builtin types whose own `__reduce__` corun's native types do not define."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Makes an object of `cls` as `__new__` with keyword arguments does (protocol 4)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of `cls` and its bases, private names mangled."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = "_" + stripped + name
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _own(cls, name):
    """The attribute `name` of `cls` when a class defines it (not one every object has)."""
    f = getattr(cls, name, None)
    if f is None or f is getattr(object, name, None):
        return None
    return f


def _is_native(cls):
    return getattr(cls, "__module__", None) == "builtins"


def _getstate(obj, cls, required):
    """What `object.__getstate__` returns: the instance's `__dict__` (None when empty), paired
    with a dict of its slots' values when it has any set."""
    getstate = _own(cls, "__getstate__")
    if getstate is not None:
        return getstate(obj)
    if required and _is_native(cls) and cls is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    state = getattr(obj, "__dict__", None) or None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


# The builtin types whose instances a subclass's `__new__` must be given the value of.
_valued = (int, float, str, bytes, tuple, frozenset, complex)


def _newargs(obj, cls):
    """`__new__`'s arguments: `(args, kwargs)`, or `(None, None)` when the class has no
    `__getnewargs__`."""
    f = getattr(obj, "__getnewargs_ex__", None)
    if f is not None:
        r = f()
        if not isinstance(r, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            f"not '{type(r).__name__}'")
        if len(r) != 2:
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, "
                            f"not {len(r)}")
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must "
                            f"be a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must "
                            f"be a dict, not '{type(kwargs).__name__}'")
        return args, kwargs
    f = getattr(obj, "__getnewargs__", None)
    if f is not None:
        args = f()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, "
                            f"not '{type(args).__name__}'")
        return args, None
    for base in _valued:
        if isinstance(obj, base):
            if base is complex:
                return (obj.real, obj.imag), None
            return (base(obj),), None
    return None, None


def _reduce_newobj(obj, cls):
    """The reduction of protocols 2 and above."""
    args, kwargs = _newargs(obj, cls)
    hasargs = args is not None
    if not kwargs:
        newobj, newargs = __newobj__, (cls,) + (args or ())
    else:
        newobj, newargs = __newobj_ex__, (cls, args, kwargs)
    state = _getstate(obj, cls, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _reduce_ex(self, proto):
    """The reduction of protocols 0 and 1: `_reconstructor` with the class, its first builtin
    base and that base's value of the object, and the instance's state."""
    cls = self.__class__
    for base in cls.__mro__:
        if _is_native(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = _own(cls, "__getstate__")
    if getstate is None and getattr(self, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ "
                        "cannot be pickled")
    d = getstate(self) if getstate is not None else _getstate(self, cls, False)
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


def _builtin_reduce(obj, cls):
    """The reduction the `__reduce__` of a builtin type gives, for the types corun's own do not
    define one; None for the others."""
    if obj is Ellipsis:
        return "Ellipsis"
    if obj is NotImplemented:
        return "NotImplemented"
    if isinstance(obj, BaseException):
        d = getattr(obj, "__dict__", None)
        if d:
            return cls, obj.args, d
        return cls, obj.args
    if isinstance(obj, (set, frozenset)) and cls is not set and cls is not frozenset:
        return cls, (list(obj),), getattr(obj, "__dict__", None) or None
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    module = getattr(cls, "__module__", None)
    if module == "collections":
        reduce = _collections_reduce(obj, cls)
        if reduce is not None:
            return reduce
    if module == "functools" and cls.__name__ == "partial":
        return (cls, (obj.func,), (obj.func, obj.args, obj.keywords,
                                   getattr(obj, "__dict__", None) or None))
    if type(obj) is _method_type:
        return getattr, (obj.__self__, obj.__func__.__name__)
    if module == "datetime":
        # CPython packs a date's fields into bytes; corun's datetime rebuilds from them.
        name = cls.__name__
        if name == "timedelta":
            return cls, (obj.days, obj.seconds, obj.microseconds)
        if name == "date":
            return cls, (obj.year, obj.month, obj.day)
        if name == "time":
            return cls, (obj.hour, obj.minute, obj.second, obj.microsecond, obj.tzinfo)
        if name == "datetime":
            return cls, (obj.year, obj.month, obj.day, obj.hour, obj.minute, obj.second,
                         obj.microsecond, obj.tzinfo)
    return None


class _C:
    def m(self):
        pass


_method_type = type(_C().m)
del _C


def _setstate_native(obj, state):
    """A new object like `obj` carrying `state`, for the objects of corun's native classes
    that CPython rebuilds with a `__setstate__` they lack (`functools.partial`); else None."""
    cls = type(obj)
    if (getattr(cls, "__module__", None) == "functools" and cls.__name__ == "partial"
            and isinstance(state, tuple) and len(state) == 4):
        func, args, kwds, d = state
        new = cls(func, *args, **(kwds or {}))
        if d:
            new.__dict__.update(d)
        return new
    return None


def _collections_reduce(obj, cls):
    import collections
    if isinstance(obj, collections.Counter):
        return cls, (dict(obj),)
    if isinstance(obj, collections.deque):
        state = getattr(obj, "__dict__", None) or None
        args = () if obj.maxlen is None else ((), obj.maxlen)
        return cls, args, state, iter(obj)
    if isinstance(obj, collections.OrderedDict):
        state = getattr(obj, "__dict__", None) or None
        return cls, (), state, None, iter(obj.items())
    if isinstance(obj, collections.defaultdict):
        args = () if obj.default_factory is None else (obj.default_factory,)
        return cls, args, None, None, iter(obj.items())
    return None


def _reduce_object(obj, proto):
    """What `obj.__reduce_ex__(proto)` gives when its class defines neither `__reduce_ex__`
    nor `__reduce__`."""
    cls = type(obj)
    rv = _builtin_reduce(obj, cls)
    if rv is not None:
        return rv
    if proto >= 2:
        return _reduce_newobj(obj, cls)
    return _reduce_ex(obj, proto)


def _reduce_any(obj, proto):
    """`obj.__reduce_ex__(proto)`: the class's own `__reduce_ex__` or `__reduce__` when it
    defines one, else the default."""
    cls = type(obj)
    f = _own(cls, "__reduce_ex__")
    if f is not None:
        return f(obj, proto)
    f = _own(cls, "__reduce__")
    if f is not None:
        return f(obj)
    return _reduce_object(obj, proto)


# Extension codes: a global `(module, name)` registered here is pickled as its code.
_extension_registry = {}                # (module, name) -> code
_inverted_registry = {}                 # code -> (module, name)
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code
            and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code."""
    key = (module, name)
    if (_extension_registry.get(key) != code
            or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
