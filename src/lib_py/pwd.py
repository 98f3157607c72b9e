"""The password database (`pwd`): entries from the system's C library, as struct_passwd."""

import _pwdgrp
from _structseq import structseq

struct_passwd = structseq("pwd", "struct_passwd", (
    "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"))


def getpwuid(uid, /):
    """The password database entry for the user id `uid`."""
    if isinstance(uid, float) or not hasattr(type(uid), "__index__"):
        raise TypeError(f"uid should be integer, not {type(uid).__name__}")
    uid = uid.__index__()
    if not -(1 << 31) <= uid < (1 << 32):
        raise KeyError("getpwuid(): uid not found")
    entry = _pwdgrp.getpwuid(uid)
    if entry is None:
        raise KeyError(f"getpwuid(): uid not found: {uid}")
    return struct_passwd(entry)


def getpwnam(name, /):
    """The password database entry for the user `name`."""
    if not isinstance(name, str):
        raise TypeError(f"getpwnam() argument must be str, not {type(name).__name__}")
    entry = _pwdgrp.getpwnam(name)
    if entry is None:
        raise KeyError(f"getpwnam(): name not found: {name!r}")
    return struct_passwd(entry)


def getpwall():
    """Every entry of the password database."""
    return [struct_passwd(e) for e in _pwdgrp.getpwall()]
