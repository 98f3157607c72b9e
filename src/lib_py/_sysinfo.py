"""The structured values of `sys` (`version_info`, `implementation`), made when a program
first asks for one of them so that `import sys` itself stays cheap."""

from types import SimpleNamespace


class version_info(tuple):
    """A version as (major, minor, micro, releaselevel, serial), each also an attribute."""

    __module__ = "sys"
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'sys.version_info' instances")

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _hex(v):
    level = {"alpha": 0xA, "beta": 0xB, "candidate": 0xC, "final": 0xF}[v[3]]
    return (v[0] << 24) | (v[1] << 16) | (v[2] << 8) | (level << 4) | v[4]


def build(python, corun):
    """`sys.version_info` for the Python version given, and `sys.implementation` for corun's."""
    py = tuple.__new__(version_info, python)
    own = tuple.__new__(version_info, corun)
    impl = SimpleNamespace(name="corun", cache_tag=None, version=own, hexversion=_hex(own))
    return py, impl
