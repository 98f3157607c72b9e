"""Enumerations: corun's version of CPython's enum for Enum, IntEnum, StrEnum, Flag basics,
auto() and unique()."""

__all__ = ["Enum", "IntEnum", "StrEnum", "ReprEnum", "auto", "unique"]

_auto_null = object()


class auto:
    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return "auto(" + repr(self.value) + ")"


def _is_member_name(name, value):
    if name.startswith("__") and name.endswith("__"):
        return False
    if name.startswith("_") and name.endswith("_"):
        return False
    if callable(value) or isinstance(value, (staticmethod, classmethod, property)):
        return False
    return True


def _member_type(cls):
    # The data type mixed in (`class Color(str, Enum)`), or object.
    for base in cls.__mro__:
        if base in (str, int, float, tuple):
            return base
    return object


class Enum:
    def __init_subclass__(cls, **kwargs):
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        member_type = _member_type(cls)
        cls._member_type_ = member_type
        repr_enum = ReprEnum is not None and issubclass(cls, ReprEnum)
        # As CPython's EnumType: the enum's own repr, str and format rather than the data
        # type's, but a ReprEnum keeps the data type's str and format.
        for dunder in ("__repr__", "__str__", "__format__"):
            if dunder in cls.__dict__:
                continue
            if repr_enum and dunder != "__repr__":
                setattr(cls, dunder, _DATA_METHODS[dunder])
            elif member_type is not object:
                for base in cls.__mro__[1:]:
                    if base is member_type or base is object:
                        setattr(cls, dunder, Enum.__dict__[dunder])
                        break
                    if dunder in base.__dict__:
                        break
        if member_type is not object:
            cls.__new__ = Enum.__dict__["__new__"]
        last = 0
        for name, value in list(cls.__dict__.items()):
            if not _is_member_name(name, value):
                continue
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, len(cls._member_names_), last)
            if value in cls._value2member_map_:
                member = cls._value2member_map_[value]
            else:
                if member_type is object:
                    member = object.__new__(cls)
                else:
                    args = value if isinstance(value, tuple) else (value,)
                    if member_type is tuple:
                        args = (args,)
                    member = member_type.__new__(cls, *args)
                member._name_ = name
                member._value_ = value
                cls._member_names_.append(name)
                cls._value2member_map_[value] = member
            cls._member_map_[name] = member
            setattr(cls, name, member)
            if isinstance(value, int):
                last = value

    @staticmethod
    def _generate_next_value_(name, start, count, last_value):
        return last_value + 1 if count else start

    def __new__(cls, value):
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)

    def __init__(self, *args):
        pass

    @classmethod
    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<" + type(self).__name__ + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        return type(self).__name__ + "." + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)


ReprEnum = None


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

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration._member_map_.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join([alias + " -> " + name for alias, name in duplicates])
        raise ValueError("duplicate values found in " + repr(enumeration) + ": " + details)
    return enumeration
