"""Data classes: corun's version of CPython's dataclasses, with the same generated methods and
messages for the common cases."""

__all__ = ["dataclass", "make_dataclass", "field", "Field", "FrozenInstanceError", "fields", "asdict", "astuple",
           "replace", "is_dataclass", "MISSING"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return ("Field(name=" + repr(self.name) + ",type=" + repr(self.type)
                + ",default=" + repr(self.default)
                + ",default_factory=" + repr(self.default_factory)
                + ",init=" + repr(self.init) + ",repr=" + repr(self.repr)
                + ",hash=" + repr(self.hash) + ",compare=" + repr(self.compare) + ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, kw_only)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(fs.values())


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def _copy_value(v, factory):
    if is_dataclass(v) and not isinstance(v, type):
        return factory([(f.name, _copy_value(getattr(v, f.name), factory)) for f in fields(v)])
    if isinstance(v, list):
        return [_copy_value(x, factory) for x in v]
    if isinstance(v, tuple):
        return tuple(_copy_value(x, factory) for x in v)
    if isinstance(v, dict):
        return {_copy_value(k, factory): _copy_value(x, factory) for k, x in v.items()}
    return v


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _copy_value(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_copy_value(getattr(obj, f.name), lambda items: tuple(v for _, v in items))
                         for f in fields(obj))


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith("typing.ClassVar") or text.startswith("ClassVar")


def _plural(n, one, many):
    return one if n == 1 else many


def _names(names):
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, flds, frozen, has_post_init):
    init_fields = [f for f in flds if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    kw_only = [f for f in init_fields if f.kw_only]
    qualname = cls.__qualname__ + ".__init__()"

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            n = len(positional) + 1
            required = len([f for f in positional
                            if f.default is MISSING and f.default_factory is MISSING]) + 1
            count = str(n) if required == n else "from " + str(required) + " to " + str(n)
            raise TypeError(qualname + " takes " + count + " positional "
                            + _plural(n, "argument", "arguments") + " but "
                            + str(len(args) + 1) + " " + _plural(len(args) + 1, "was", "were")
                            + " given")
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        for k, v in kwargs.items():
            known = [f for f in init_fields if f.name == k]
            if not known:
                raise TypeError(qualname + " got an unexpected keyword argument '" + k + "'")
            if k in values:
                raise TypeError(qualname + " got multiple values for argument '" + k + "'")
            values[k] = v
        missing_pos = [f.name for f in positional
                       if f.name not in values and f.default is MISSING
                       and f.default_factory is MISSING]
        if missing_pos:
            raise TypeError(qualname + " missing " + str(len(missing_pos)) + " required positional "
                            + _plural(len(missing_pos), "argument", "arguments") + ": "
                            + _names(missing_pos))
        missing_kw = [f.name for f in kw_only
                      if f.name not in values and f.default is MISSING
                      and f.default_factory is MISSING]
        if missing_kw:
            raise TypeError(qualname + " missing " + str(len(missing_kw)) + " required keyword-only "
                            + _plural(len(missing_kw), "argument", "arguments") + ": "
                            + _names(missing_kw))
        for f in flds:
            if f.name in values:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if has_post_init:
            self.__post_init__()

    return __init__


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen, kw_only, match_args):
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    own = cls.__dict__
    for name, typ in annotations.items():
        if _is_classvar(typ):
            continue
        default = own.get(name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.kw_only is MISSING:
                f.kw_only = kw_only
        else:
            f = Field(default, MISSING, True, True, None, True, kw_only)
        f.name = name
        f.type = typ
        if isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default " + repr(type(f.default)) + " for field "
                             + name + " is not allowed: use default_factory")
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    flds = list(all_fields.values())
    seen_default = None
    for f in flds:
        if f.init and not f.kw_only:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default is not None:
                    raise TypeError("non-default argument " + repr(f.name)
                                    + " follows default argument")
            else:
                seen_default = f
    cls.__dataclass_fields__ = all_fields
    if init:
        cls.__init__ = _make_init(cls, flds, frozen, hasattr(cls, "__post_init__"))
    if repr_ and "__repr__" not in own:
        repr_fields = [f.name for f in flds if f.repr]

        def __repr__(self):
            parts = [n + "=" + repr(getattr(self, n)) for n in repr_fields]
            return self.__class__.__qualname__ + "(" + ", ".join(parts) + ")"
        cls.__repr__ = __repr__
    cmp_fields = [f.name for f in flds if f.compare]

    def as_tuple(self):
        return tuple(getattr(self, n) for n in cmp_fields)

    if eq and "__eq__" not in own:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) == as_tuple(other)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        def make(op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(as_tuple(self), as_tuple(other))
                return NotImplemented
            return compare
        cls.__lt__ = make(lambda a, b: a < b)
        cls.__le__ = make(lambda a, b: a <= b)
        cls.__gt__ = make(lambda a, b: a > b)
        cls.__ge__ = make(lambda a, b: a >= b)
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError("cannot assign to field " + repr(name))

        def __delattr__(self, name):
            raise FrozenInstanceError("cannot delete field " + repr(name))
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if match_args and "__match_args__" not in own:
        cls.__match_args__ = tuple(f.name for f in flds if f.init and not f.kw_only)
    if "__hash__" not in own:
        if unsafe_hash or (eq and frozen):
            def __hash__(self):
                return hash(as_tuple(self))
            cls.__hash__ = __hash__
        elif eq:
            cls.__hash__ = None
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only,
                              match_args)
    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False):
    """A dataclass made from a list of fields: each a name, `(name, type)` or
    `(name, type, Field)`; `namespace` gives its other attributes."""
    import keyword
    import types
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in annotations:
            raise TypeError(f"Field name duplicated: {name!r}")
        annotations[name] = tp

    def body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    cls = types.new_class(cls_name, bases, {}, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
