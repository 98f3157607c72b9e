"""Container datatypes: corun's version of CPython's collections. deque is native
(`_collections`); defaultdict, Counter, OrderedDict and namedtuple are written here."""

from _collections import deque, _count_elements, _fill_class

__all__ = ["deque", "defaultdict", "Counter", "OrderedDict", "namedtuple", "ChainMap",
           "UserDict", "UserList", "UserString"]


def _recursive_repr(user_function):
    # What CPython's C reprs do with Py_ReprEnter: '...' for an object already being
    # written out further up.
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)

    return wrapper


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        base = dict.__repr__(self)
        factory = _factory_repr(self.default_factory)
        return type(self).__name__ + "(" + factory + ", " + base + ")"

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


@_recursive_repr
def _factory_repr(factory):
    return repr(factory)


class OrderedDict(dict):
    def __repr__(self):
        if not self:
            return type(self).__name__ + "()"
        return _odict_repr(self)

    def __eq__(self, other):
        # Between two OrderedDicts the order counts too.
        if isinstance(other, OrderedDict):
            if dict(self) != dict(other):
                return False
            for a, b in zip(self, other):
                if a is not b and a != b:
                    return False
            return True
        if isinstance(other, dict):
            return dict(self) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self



# OrderedDict's and defaultdict's methods are declared natively (CPython writes them in C:
# their arguments are checked and their errors worded as its), and some call these.
def _odict_copy(self):
    return type(self)(self)


def _odict_move_to_end(self, key, last=True):
    value = dict.pop(self, key)
    if last:
        dict.__setitem__(self, key, value)
    else:
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)


def _odict_popitem(self, last=True):
    if not self:
        raise KeyError("dictionary is empty")
    keys = dict.keys(self)
    key = next(reversed(list(keys))) if last else next(iter(keys))
    return key, dict.pop(self, key)


def _defaultdict_copy(self):
    return type(self)(self.default_factory, self)


_fill_class(OrderedDict, "collections.OrderedDict")
_fill_class(defaultdict, "collections.defaultdict")
del _fill_class


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) + count
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # A count of one for each key would be the wrong answer for repeated keys.
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def total(self):
        return sum(self.values())

    def __repr__(self):
        if not self:
            return type(self).__name__ + "()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return type(self).__name__ + "(" + repr(d) + ")"

    def copy(self):
        return type(self)(self)

    def __or__(self, other):
        # Union: the larger count of each element, kept when positive.
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in list(self) + [e for e in other if e not in self]:
            count = max(self[elem], other[elem])
            if count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        # Intersection: the smaller count of each element, kept when positive.
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            count = min(count, other[elem])
            if count > 0:
                result[elem] = count
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result


@_recursive_repr
def _odict_repr(od):
    return type(od).__name__ + "(" + repr(list(od.items())) + ")"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = tuple(map(str, field_names))
    for name in (typename,) + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: " + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith("_"):
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.add(name)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(field_names):
        raise TypeError("Got more default values than field names")
    field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    n = len(field_names)

    def __new__(_cls, *args, **kwargs):
        if len(args) > n:
            raise TypeError(typename + ".__new__() takes " + str(n + 1)
                            + " positional arguments but " + str(len(args) + 1) + " were given")
        for name in kwargs:
            if name not in field_names:
                raise TypeError(typename + ".__new__() got an unexpected keyword argument '"
                                + name + "'")
            if field_names.index(name) < len(args):
                raise TypeError(typename + ".__new__() got multiple values for argument '"
                                + name + "'")
        values = list(args)
        for name in field_names[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [m for m in field_names[len(values):]
                           if m not in kwargs and m not in field_defaults]
                quoted = ["'" + m + "'" for m in missing]
                if len(quoted) == 1:
                    names = quoted[0]
                elif len(quoted) == 2:
                    names = quoted[0] + " and " + quoted[1]
                else:
                    names = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
                raise TypeError(typename + ".__new__() missing " + str(len(missing))
                                + " required positional argument" + ("" if len(missing) == 1 else "s")
                                + ": " + names)
        return tuple.__new__(_cls, values)

    def __repr__(self):
        return self.__class__.__name__ + "(" + ", ".join(
            f + "=" + repr(v) for f, v in zip(field_names, self)) + ")"

    def __setattr__(self, name, value):
        if name in field_names:
            raise AttributeError("can't set attribute")
        raise AttributeError("'" + type(self).__name__ + "' object has no attribute '"
                             + name + "'")

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(field_names, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: " + repr(list(kwargs)))
        return self._make(values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != n:
            raise TypeError("Expected " + str(n) + " arguments, got " + str(len(result)))
        return result

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": typename + "(" + ", ".join(field_names) + ")",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__, "__repr__": __repr__, "__setattr__": __setattr__,
        "_asdict": _asdict, "_replace": _replace, "_make": classmethod(_make),
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
        "__module__": module if module is not None else "__main__",
    }
    for index, name in enumerate(field_names):
        namespace[name] = property(_itemgetter(index),
                                   doc="Alias for field number " + str(index))
    cls = type(typename, (tuple,), namespace)
    return cls


def _itemgetter(index):
    def get(self):
        return self[index]
    return get

    def _make(iterable):
        return cls(*iterable)

    namespace = {
        "__init__": __init__, "__repr__": __repr__, "__getattr__": __getattr__,
        "__setattr__": __setattr__, "__iter__": __iter__, "__len__": __len__,
        "__getitem__": __getitem__, "__eq__": __eq__, "__lt__": __lt__, "__hash__": __hash__,
        "__add__": __add__, "_asdict": _asdict, "_replace": _replace,
        "__module__": module if module is not None else "__main__",
    }
    cls = type(typename, (), namespace)
    cls._fields = field_names
    cls._field_defaults = field_defaults
    cls._make = staticmethod(_make)
    return cls


def __getattr__(name):
    # `collections.abc` without importing it first, as CPython's start-up has imported it.
    if name == "abc":
        import collections.abc
        return collections.abc
    if name in ("ChainMap", "UserDict", "UserList", "UserString"):
        import _collections_user
        return getattr(_collections_user, name)
    raise AttributeError(f"module 'collections' has no attribute '{name}'")
