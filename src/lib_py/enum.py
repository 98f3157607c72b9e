"""Enumerations, as CPython 3.11's enum: the EnumType metaclass (iteration, len, `in`,
look-up by name and by value, the functional API), Enum, IntEnum, StrEnum, ReprEnum, Flag and
IntFlag with their boundaries, auto(), unique(), verify(), member()/nonmember()."""

import sys as _sys

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
    "auto", "unique", "property", "verify", "member", "nonmember", "FlagBoundary", "STRICT",
    "CONFORM", "EJECT", "KEEP", "global_flag_repr", "global_enum_repr", "global_str",
    "global_enum", "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE",
    "pickle_by_global_name", "pickle_by_enum_name",
]

_auto_null = object()
_builtin_property = property

# Set once the classes exist (EnumType.__new__ checks for them).
Enum = Flag = ReprEnum = None


class _Deferred:
    # CPython's class namespace for enums gives each auto() its value as the body runs, so
    # `RW = READ | WRITE` combines ints. Here the body runs first: an operator between autos
    # is recorded and worked out when the members are made, in the body's order.
    def _op(fn):
        def method(self, *other):
            return _AutoExpr(fn, (self,) + other)
        return method

    __or__ = _op(lambda a, b: a | b)
    __ror__ = _op(lambda a, b: b | a)
    __and__ = _op(lambda a, b: a & b)
    __rand__ = _op(lambda a, b: b & a)
    __xor__ = _op(lambda a, b: a ^ b)
    __rxor__ = _op(lambda a, b: b ^ a)
    __add__ = _op(lambda a, b: a + b)
    __radd__ = _op(lambda a, b: b + a)
    __sub__ = _op(lambda a, b: a - b)
    __rsub__ = _op(lambda a, b: b - a)
    __mul__ = _op(lambda a, b: a * b)
    __rmul__ = _op(lambda a, b: b * a)
    __lshift__ = _op(lambda a, b: a << b)
    __invert__ = _op(lambda a: ~a)
    __neg__ = _op(lambda a: -a)
    del _op


def _resolve(value):
    if isinstance(value, auto):
        return value.value
    if isinstance(value, _AutoExpr):
        return value.fn(*[_resolve(v) for v in value.operands])
    return value


class _AutoExpr(_Deferred):
    def __init__(self, fn, operands):
        self.fn = fn
        self.operands = operands


class auto(_Deferred):
    """Stands for a member's value, chosen by `_generate_next_value_`."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an attribute of an enum's body to be a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute of an enum's body from becoming a member."""

    def __init__(self, value):
        self.value = value


# CPython's enum.property also lets a member be named `name` or `value`; here it is the
# builtin property.
property = _builtin_property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits(num, width):
    # CPython's bin() of enum: a sign bit, a space, then `width` digits.
    if num >= 0:
        return "0b0 " + format(num, "0%db" % width)
    return "0b1 " + format(num & ((1 << width) - 1), "0%db" % width)


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if "__new__" in base.__dict__ or base in (int, str, float, tuple, bytes):
                return base
    return object


def _find_enum_base(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


class EnumType(type):
    """The metaclass of enumerations."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum is None:
            # Enum itself (and the classes made before it is set).
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
            enum_class._member_names_ = []
            enum_class._member_map_ = {}
            enum_class._value2member_map_ = {}
            enum_class._member_type_ = object
            return enum_class
        base_enum = _find_enum_base(bases)
        if base_enum is not None and base_enum._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (cls, base_enum))
        member_type = _find_data_type(bases)
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        names = []
        values = {}
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                names.append(key)
                values[key] = value.value
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                body[key] = value
                continue
            names.append(key)
            values[key] = value
        for key in names:
            if key in ("mro", ""):
                raise ValueError("invalid enum member name: %r" % key)
        custom_new = body.get("__new__")
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if boundary is None:
            boundary = getattr(enum_class, "_boundary_", None)
        if is_flag:
            enum_class._boundary_ = boundary if boundary is not None else STRICT
        if custom_new is None:
            for base in enum_class.__mro__[1:]:
                found = base.__dict__.get("__new_member__")
                if found is not None:
                    custom_new = found
                    break
        enum_class.__new_member__ = custom_new
        repr_enum = ReprEnum is not None and issubclass(enum_class, ReprEnum)
        if member_type is not object:
            # The enum's own repr, str and format rather than the data type's; a ReprEnum
            # keeps the data type's str and format.
            for dunder in ("__repr__", "__str__", "__format__"):
                if dunder in classdict:
                    continue
                if repr_enum and dunder != "__repr__":
                    type.__setattr__(enum_class, dunder, _DATA_METHODS[dunder])
                    continue
                for base in enum_class.__mro__[1:]:
                    if base is member_type or base is object:
                        type.__setattr__(enum_class, dunder, Enum.__dict__[dunder])
                        break
                    if dunder in base.__dict__:
                        break
        last_values = []
        for index, name in enumerate(names):
            value = values[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, index, last_values[:])
                value = value.value
            elif isinstance(value, _AutoExpr):
                value = _resolve(value)
            last_values.append(value)
            enum_class._add_member_(name, value)
        if is_flag:
            _finish_flag(enum_class)
        enum_class.__new__ = Enum.__dict__["__new__"]
        return enum_class

    def _add_member_(cls, name, value):
        member_type = cls._member_type_
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if member_type is tuple:
            args = (args,)
        new = cls.__dict__.get("__new_member__")
        if new is not None:
            enum_member = new(cls, *args)
        elif member_type is object:
            enum_member = object.__new__(cls)
        else:
            enum_member = member_type.__new__(cls, *args)
        if not hasattr(enum_member, "_value_"):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        try:
            existing = cls._value2member_map_.get(value)
        except TypeError:
            existing = None
            for known in cls._member_map_.values():
                if known._value_ == value:
                    existing = known
                    break
        if existing is not None:
            # An alias of the member that has this value.
            enum_member = existing
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            pass
        type.__setattr__(cls, name, enum_member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                classdict[name] = value
        else:
            items = names.items() if hasattr(names, "items") else names
            for item in items:
                if isinstance(item, str):
                    name, value = item, names[item]
                else:
                    name, value = item
                classdict[name] = value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except Exception:
                module = "__main__"
        classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        meta = EnumType
        for base in bases:
            if isinstance(base, EnumType):
                meta = base.__class__
                break
        return meta.__new__(meta, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        if not isinstance(value, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(value).__qualname__, cls.__class__.__qualname__))
        return False

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls, name))
        super().__delattr__(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__",
                 "__members__", "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        if cls._member_type_ is not object or cls.__dict__.get("__new_member__") is not None:
            names.add("__new__")
        if "__init_subclass__" in Enum.__dict__:
            names.add("__init_subclass__")
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @classmethod
    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(result, int):
            return result
        error = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None:
            raise error
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        for base in type(self).__mro__:
            if base in (Enum, object):
                continue
            for n in base.__dict__:
                if not n.startswith("_") and n not in self._member_map_:
                    names.append(n)
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


def _data_str(self):
    return str(self._value_)


def _data_format(self, spec):
    return format(self._value_, spec)


_DATA_METHODS = {"__str__": _data_str, "__format__": _data_format}


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """How a Flag treats values with bits no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _finish_flag(cls):
    singles = 0
    for m in cls._member_map_.values():
        if isinstance(m._value_, int) and _is_single_bit(m._value_):
            singles |= m._value_
    mask = 0
    for m in cls._member_map_.values():
        if isinstance(m._value_, int) and m._value_ >= 0:
            mask |= m._value_
    cls._flag_mask_ = mask
    cls._singles_mask_ = singles
    cls._all_bits_ = (1 << mask.bit_length()) - 1 if mask else 0
    # Iteration shows the members of one bit, in the order they were defined.
    cls._member_names_ = [
        name for name in cls._member_names_
        if _is_single_bit(cls._member_map_[name]._value_)]


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(v for v in last_values if isinstance(v, int)) if last_values else 0
        return 1 << last.bit_length() if last else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        if not (0 <= value <= all_bits) or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bits(value, width), _bits(flag_mask, width)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is not KEEP:
                raise ValueError("%r unknown flag boundary %r" % (cls, boundary))
        if value < 0:
            value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        parts = [m._name_ for m in cls._iter_member_(value)]
        if parts:
            extra = value & ~flag_mask
            if extra:
                parts.append(str(extra))
            pseudo._name_ = "|".join(parts)
        else:
            # No member's bit (0, or only unknown bits that KEEP kept).
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_ & self._flag_mask_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __repr__ = Flag.__repr__


def _int_repr(value):
    return int.__repr__(value)


IntEnum._value_repr_ = _int_repr
IntFlag._value_repr_ = _int_repr


def unique(enumeration):
    """A class decorator: no two names of the enumeration share a value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join(["%s -> %s" % (alias, name) for alias, name in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """What verify() checks."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """A class decorator checking the given EnumChecks."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = sorted(set(e.value for e in enumeration))
                if len(values) < 2:
                    continue
                low, high = values[0], values[-1]
                if issubclass(enumeration, Flag):
                    wanted = [2 ** i for i in range(low.bit_length() - 1, high.bit_length())]
                else:
                    wanted = list(range(low, high + 1))
                missing = [v for v in wanted if v not in values]
                if missing:
                    kind = "flag" if issubclass(enumeration, Flag) else "enum"
                    raise ValueError("invalid %s %r: missing values %s"
                                     % (kind, cls_name, ", ".join(str(v) for v in missing)))
            elif check is NAMED_FLAGS:
                singles = 0
                for e in enumeration.__members__.values():
                    if _is_single_bit(e._value_):
                        singles |= e._value_
                for name, e in enumeration.__members__.items():
                    v = e._value_
                    if not _is_single_bit(v) and v & ~singles:
                        missing = [1 << i for i in range(v.bit_length())
                                   if v & (1 << i) and not singles & (1 << i)]
                        raise ValueError(
                            "invalid Flag %r: alias %s is missing value %s [use enum.show_flag_values(value) for details]"
                            % (cls_name, name, ", ".join(str(m) for m in missing)))
        return enumeration


def global_enum_repr(self):
    return "%s.%s" % (self.__class__.__module__.split(".")[-1], self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    return "|".join("%s.%s" % (module, name) for name in self._name_.split("|"))


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """A class decorator: the members become names of the class's module, and their repr
    says so."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        for name, value in cls.__members__.items():
            setattr(module, name, value)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
