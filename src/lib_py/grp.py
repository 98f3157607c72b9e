"""The group database (`grp`): entries from the system's C library, as struct_group."""

import _pwdgrp
from _structseq import structseq

struct_group = structseq("grp", "struct_group", ("gr_name", "gr_passwd", "gr_gid", "gr_mem"))


def getgrgid(id):
    """The group database entry for the group id `id`."""
    if isinstance(id, float) or not hasattr(type(id), "__index__"):
        raise TypeError(f"gid should be integer, not {type(id).__name__}")
    id = id.__index__()
    if not -(1 << 31) <= id < (1 << 32):
        # CPython's converter words any value that fits a C long as below the minimum.
        where = "greater than maximum" if id >= (1 << 63) else "less than minimum"
        raise OverflowError(f"gid is {where}")
    entry = _pwdgrp.getgrgid(id)
    if entry is None:
        raise KeyError(f"getgrgid(): gid not found: {id}")
    return struct_group(entry)


def getgrnam(name):
    """The group database entry for the group `name`."""
    if not isinstance(name, str):
        raise TypeError(f"getgrnam() argument 'name' must be str, not {type(name).__name__}")
    entry = _pwdgrp.getgrnam(name)
    if entry is None:
        raise KeyError(f"getgrnam(): name not found: {name!r}")
    return struct_group(entry)


def getgrall():
    """Every entry of the group database."""
    return [struct_group(e) for e in _pwdgrp.getgrall()]
