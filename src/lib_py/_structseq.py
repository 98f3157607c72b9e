"""CPython's "struct sequences" (`os.stat_result`, `os.terminal_size`, `pwd.struct_passwd`…):
a tuple whose items are also read-only attributes, with optional further fields reachable only
by name. One class serves them all: the constructor's `(sequence, dict=None)` and its errors,
the repr, `n_fields`/`n_sequence_fields`/`n_unnamed_fields` and pickling."""


class _Field:
    """A named field: item `index` of the tuple, or (`index` None) the further field `extra`."""

    __slots__ = ("index", "extra")

    def __init__(self, index, extra=None):
        self.index = index
        self.extra = extra

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        if self.index is not None:
            return obj[self.index]
        return obj._more[self.extra]

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")


class StructSeq(tuple):
    """Subclasses name their type (`_type_name`, as the repr and the errors show it), their
    sequence fields (`_seq_names`) and the fields only reachable by name (`_extra_names`)."""

    _type_name = ""
    _seq_names = ()
    _extra_names = ()
    _more = ()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        for i, name in enumerate(cls._seq_names):
            setattr(cls, name, _Field(i))
        for j, name in enumerate(cls._extra_names):
            setattr(cls, name, _Field(None, j))
        cls.n_sequence_fields = len(cls._seq_names)
        cls.n_fields = len(cls._seq_names) + len(cls._extra_names)
        if "n_unnamed_fields" not in cls.__dict__:
            cls.n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        if not hasattr(sequence, "__iter__") and not hasattr(sequence, "__getitem__"):
            raise TypeError("constructor requires a sequence")
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError(f"{cls._type_name}() takes a dict as second arg, if any")
        seq = tuple(sequence)
        n, most = len(cls._seq_names), len(cls._seq_names) + len(cls._extra_names)
        if not n <= len(seq) <= most:
            if n == most:
                size = f"a {n}"
            elif len(seq) < n:
                size = f"an at least {n}"
            else:
                size = f"an at most {most}"
            raise TypeError(f"{cls._type_name}() takes {size}-sequence "
                            f"({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:n])
        more = list(seq[n:])
        for name in cls._extra_names[len(more):]:
            more.append(None if dict is None else dict.get(name))
        self._more = self._complete(more)
        return self

    def _complete(self, more):
        """The further fields, once given: a subclass fills in what was not."""
        return more

    def __repr__(self):
        parts = ", ".join(f"{name}={value!r}" for name, value in zip(self._seq_names, self))
        return f"{self._type_name}({parts})"

    def __reduce__(self):
        more = {name: value for name, value in zip(self._extra_names, self._more)}
        return (type(self), (tuple(self), more))


def structseq(module, name, fields, type_name=None):
    """A struct sequence class `name` of `module` with the sequence fields `fields` (its repr
    and errors call it `type_name`, `module.name` unless said otherwise)."""
    return type(name, (StructSeq,), {
        "__module__": module, "__qualname__": name,
        "_type_name": type_name or f"{module}.{name}", "_seq_names": tuple(fields)})
