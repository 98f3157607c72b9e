"""Named tuples as CPython's C modules make them (`pwd.struct_passwd`, `grp.struct_group`):
a tuple subclass whose fields are also attributes, built from a sequence."""


def structseq(module, name, fields):
    def field(i):
        return property(lambda self: self[i])

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != len(fields):
            raise TypeError(f"{module}.{name}() takes a {len(fields)}-sequence "
                            f"({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    def __repr__(self):
        inner = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"{module}.{name}({inner})"

    def __reduce__(self):
        return (type(self), (tuple(self),))

    ns = {"__new__": __new__, "__repr__": __repr__, "__reduce__": __reduce__,
          "__module__": module, "__slots__": (), "n_fields": len(fields),
          "n_sequence_fields": len(fields), "n_unnamed_fields": 0}
    for i, f in enumerate(fields):
        ns[f] = field(i)
    return type(name, (tuple,), ns)
