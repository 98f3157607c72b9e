"""The structured values of `sys` (`version_info`, `implementation`), made when a program
first asks for one of them so that `import sys` itself stays cheap."""

from types import SimpleNamespace

from _structseq import structseq


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


def _struct_seq(name, fields):
    """A class like CPython's structure sequences (`sys.float_info`...)."""
    cls = structseq("sys", name, fields)
    if name == "flags":
        # The one of them CPython does not let a program make.
        def __new__(cls, *args, **kwargs):
            raise TypeError(f"cannot create 'sys.{name}' instances")
        cls.__new__ = __new__
    return cls


def _make(name, pairs):
    cls = _struct_seq(name, [k for k, _ in pairs])
    return tuple.__new__(cls, [v for _, v in pairs])


def float_info():
    return _make("float_info", [
        ("max", 1.7976931348623157e+308), ("max_exp", 1024), ("max_10_exp", 308),
        ("min", 2.2250738585072014e-308), ("min_exp", -1021), ("min_10_exp", -307),
        ("dig", 15), ("mant_dig", 53), ("epsilon", 2.220446049250313e-16), ("radix", 2),
        ("rounds", 1)])


def int_info():
    return _make("int_info", [("bits_per_digit", 30), ("sizeof_digit", 4),
                              ("default_max_str_digits", 4300),
                              ("str_digits_check_threshold", 640)])


def hash_info():
    # The width, modulus and the hashes of inf, nan and imaginary units are those corun's
    # numeric hashes use (CPython's on 64-bit machines).
    return _make("hash_info", [("width", 64), ("modulus", 2305843009213693951),
                               ("inf", 314159), ("nan", 0), ("imag", 1000003),
                               ("algorithm", "siphash13"), ("hash_bits", 64),
                               ("seed_bits", 128), ("cutoff", 0)])


def flags(env, utf8_mode, xoptions):
    """`sys.flags` for the options the environment and `-X` give (`-i`, `-O` given on the
    command line are not reflected)."""
    def on(name):
        return 1 if env.get(name) else 0
    if "utf8" in xoptions:
        utf8_mode = xoptions["utf8"] in (True, "1")
    return _make("flags", [
        ("debug", 0), ("inspect", on("PYTHONINSPECT")), ("interactive", 0),
        ("optimize", 0), ("dont_write_bytecode", on("PYTHONDONTWRITEBYTECODE")),
        ("no_user_site", 0), ("no_site", 0), ("ignore_environment", 0), ("verbose", 0),
        ("bytes_warning", 0), ("quiet", 0), ("hash_randomization", 1), ("isolated", 0),
        ("dev_mode", bool(env.get("PYTHONDEVMODE")) or "dev" in xoptions), ("utf8_mode", int(utf8_mode)),
        ("warn_default_encoding", 0), ("safe_path", bool(env.get("PYTHONSAFEPATH"))),
        ("int_max_str_digits", -1)])


def breakpointhook(*args, **kws):
    """sys.breakpointhook(*args, **kws)

    This hook function is called by built-in breakpoint().
    """
    import os

    hookname = os.environ.get("PYTHONBREAKPOINT")
    if hookname is None or len(hookname) == 0:
        hookname = "pdb.set_trace"
    elif hookname == "0":
        return None
    modname, dot, funcname = hookname.rpartition(".")
    if dot == "":
        modname = "builtins"
    try:
        import importlib

        hook = getattr(importlib.import_module(modname), funcname)
    except Exception:
        if modname == "pdb":
            raise NotImplementedError(
                "corun does not support the pdb debugger that breakpoint() starts"
            ) from None
        import warnings

        warnings.warn(
            f'Ignoring unimportable $PYTHONBREAKPOINT: "{hookname}"',
            RuntimeWarning,
            stacklevel=2,
        )
        return None
    return hook(*args, **kws)


breakpointhook.__module__ = "sys"
