"""Enumerations: corun's version of CPython's enum for Enum, IntEnum, StrEnum, Flag basics,
auto() and unique()."""

__all__ = ["Enum", "IntEnum", "StrEnum", "auto", "unique"]

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


class Enum:
    def __init_subclass__(cls, **kwargs):
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        last = 0
        for name, value in list(cls.__dict__.items()):
            if not _is_member_name(name, value):
                continue
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, len(cls._member_names_), last)
            if value in cls._value2member_map_:
                member = cls._value2member_map_[value]
            else:
                member = object.__new__(cls)
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


class IntEnum(Enum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other
        return self._value_ == other

    def __lt__(self, other):
        return int(self) < int(other)

    def __gt__(self, other):
        return int(self) > int(other)

    def __le__(self, other):
        return int(self) <= int(other)

    def __ge__(self, other):
        return int(self) >= int(other)

    def __hash__(self):
        return hash(self._value_)


class StrEnum(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other
        return self._value_ == other

    def __hash__(self):
        return hash(self._value_)


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration._member_map_.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join([alias + " -> " + name for alias, name in duplicates])
        raise ValueError("duplicate values found in " + repr(enumeration) + ": " + details)
    return enumeration
