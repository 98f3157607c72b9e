"""The parts of typing corun writes in Python: NamedTuple (after CPython's typing.py), Generic,
NewType and TypedDict."""

import collections as _collections

_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                         "_fields", "_field_defaults",
                         "_make", "_replace", "_asdict", "_source"})

_special = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                      "__doc__"})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module="__main__")


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {"__module__": "typing"})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ---- user generic classes: `class Box(Generic[T])`, `Box[int]` ----

def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    return repr(obj)


def _collect_parameters(args):
    """The type variables among `args` (and inside the aliases among them), in order."""
    params = []
    for a in args:
        if _is_typevar(a):
            found = (a,)
        elif isinstance(a, type):
            found = ()
        else:
            found = getattr(a, "__parameters__", ())
        for p in found:
            if not any(p is q for q in params):
                params.append(p)
    return tuple(params)


def _is_typevar(a):
    return type(a).__name__ == "TypeVar" and type(a).__module__ == "typing"


class _GenericAlias:
    """`Box[int]` for a user class Box deriving from Generic: calling it makes a Box."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        args = ", ".join(_type_repr(a) for a in self.__args__) if self.__args__ else "()"
        return f"{_type_repr(self.__origin__)}[{args}]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            # Left out when a later base is itself generic: it brings Generic.
            i = next(n for n, b in enumerate(bases) if b is self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or _is_native_alias(b):
                    return ()
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} "
                            f"arguments for {self}; actual {len(params)}, expected "
                            f"{len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, params))
        return _GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__))


def _is_native_alias(b):
    return type(b).__module__ == "typing" and type(b).__name__.endswith("GenericAlias")


class Generic:
    """Abstract base class for generic types."""

    __module__ = "typing"
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if cls is Generic:
            if not all(_is_typevar(p) for p in params):
                raise TypeError("Parameters to Generic[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(map(id, params))) != len(params):
                raise TypeError("Parameters to Generic[...] must all be unique")
            return _GenericAlias(cls, params)
        expected = cls.__dict__.get("__parameters__", ())
        if not expected:
            raise TypeError(f"{cls} is not a generic class")
        if len(params) != len(expected):
            raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} "
                            f"arguments for {cls}; actual {len(params)}, expected {len(expected)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "__orig_bases__" not in cls.__dict__ and Generic in cls.__bases__:
            raise TypeError("Cannot inherit from plain Generic")
        orig = cls.__dict__.get("__orig_bases__", ())
        declared = None
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                declared = base.__parameters__
        tvars = _collect_parameters(orig)
        if declared is not None:
            missing = [t for t in tvars if not any(t is d for d in declared)]
            if missing:
                s = ", ".join(str(t) for t in missing)
                raise TypeError(f"Some type variables ({s}) are not listed in Generic[{', '.join(str(g) for g in declared)}]")
            tvars = declared
        cls.__parameters__ = tvars


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if type(tp).__module__ == "types" and type(tp).__name__ == "UnionType":
        return type(tp)
    if tp is Generic:
        return Generic
    if _is_native_alias(tp):
        try:
            return tp.__origin__
        except AttributeError:
            raise NotImplementedError(
                f"corun does not support typing.get_origin of {tp!r} yet") from None
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if isinstance(tp, type):
        return ()
    return getattr(tp, "__args__", ())


# ---- NewType and TypedDict ----

def _caller_module(depth=2):
    """The `__name__` of the module whose code called the function `depth - 1` frames up."""
    import sys

    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


class NewType:
    """A distinct name for an existing type, for type checkers: `UserId = NewType('UserId', int)`.
    Calling it gives back its argument unchanged."""

    __module__ = "typing"

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        newtype_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(
                    "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{name} = NewType({name!r}, {newtype_name})`")

        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]


def _marked(tp, form):
    """Whether annotation `tp` is `form[...]` (`Required[int]`)."""
    import typing
    try:
        return typing.get_origin(tp) == getattr(typing, form)
    except NotImplementedError:
        return False


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        # A generic TypedDict (`class Box(TypedDict, Generic[T])`) keeps Generic among its
        # bases, so that `Box[int]` can be written.
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        td = super().__new__(cls, name, (*generic, dict), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        for key, tp in own.items():
            if isinstance(tp, str):
                raise NotImplementedError(
                    "corun does not support string annotations in a TypedDict yet "
                    "(CPython makes them typing.ForwardRef)")
            if _marked(tp, "Required"):
                is_required = True
            elif _marked(tp, "NotRequired"):
                is_required = False
            else:
                is_required = total
            (required if is_required else optional).add(key)
        annotations.update(own)
        td.__annotations__ = annotations
        td.__required_keys__ = frozenset(required)
        td.__optional_keys__ = frozenset(optional)
        td.__total__ = total
        return td

    # Calling a TypedDict makes a plain dict.
    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type whose keys and value types are fixed, for type checkers: at run time a class
    whose instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    ns = {"__annotations__": dict(fields)}
    module = _caller_module()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {"__module__": "typing"})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries
TypedDict.__module__ = "typing"


def is_typeddict(tp):
    """Whether `tp` is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)
