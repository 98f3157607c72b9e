"""What the interpreter knows of its own installation: the install paths by scheme and the
configuration variables. corun is one executable with its library built in, so the paths are
laid out under `sys.prefix` as CPython's `posix_prefix` scheme lays them out, and the build
variables that describe a C build (compiler flags, extension suffixes) are None, as CPython
answers for a variable it does not know."""

import os
import sys

__all__ = ["get_config_h_filename", "get_config_var", "get_config_vars", "get_makefile_filename",
           "get_path", "get_path_names", "get_paths", "get_platform", "get_python_version",
           "get_scheme_names", "parse_config_h", "get_default_scheme", "get_preferred_scheme",
           "is_python_build"]

_VERSION = "%d.%d" % sys.version_info[:2]
_NODOT = "%d%d" % sys.version_info[:2]

_SCHEMES = {
    "posix_prefix": {
        "stdlib": "{installed_base}/lib/python{py_version_short}",
        "platstdlib": "{platbase}/lib/python{py_version_short}",
        "purelib": "{base}/lib/python{py_version_short}/site-packages",
        "platlib": "{platbase}/lib/python{py_version_short}/site-packages",
        "include": "{installed_base}/include/python{py_version_short}{abiflags}",
        "platinclude": "{installed_platbase}/include/python{py_version_short}{abiflags}",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_home": {
        "stdlib": "{installed_base}/lib/python",
        "platstdlib": "{base}/lib/python",
        "purelib": "{base}/lib/python",
        "platlib": "{base}/lib/python",
        "include": "{installed_base}/include/python",
        "platinclude": "{installed_base}/include/python",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_user": {
        "stdlib": "{userbase}/lib/python{py_version_short}",
        "platstdlib": "{userbase}/lib/python{py_version_short}",
        "purelib": "{userbase}/lib/python{py_version_short}/site-packages",
        "platlib": "{userbase}/lib/python{py_version_short}/site-packages",
        "include": "{userbase}/include/python{py_version_short}",
        "scripts": "{userbase}/bin",
        "data": "{userbase}",
    },
    "posix_venv": {
        "stdlib": "{installed_base}/lib/python{py_version_short}",
        "platstdlib": "{platbase}/lib/python{py_version_short}",
        "purelib": "{base}/lib/python{py_version_short}/site-packages",
        "platlib": "{platbase}/lib/python{py_version_short}/site-packages",
        "include": "{installed_base}/include/python{py_version_short}{abiflags}",
        "platinclude": "{installed_platbase}/include/python{py_version_short}{abiflags}",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
}
# The other systems' schemes exist by name, as in CPython.
for _name in ("nt", "nt_user", "nt_venv", "osx_framework_user", "venv"):
    _SCHEMES[_name] = _SCHEMES["posix_venv" if _name == "venv" else "posix_prefix"]
del _name

_PATH_NAMES = ("stdlib", "platstdlib", "purelib", "platlib", "include", "scripts", "data")

_config_vars = None


def _user_base():
    return os.environ.get("PYTHONUSERBASE") or os.path.expanduser("~/.local")


def get_config_vars(*args):
    """The configuration variables, or the values of those named (None for unknown ones)."""
    global _config_vars
    if _config_vars is None:
        _config_vars = {
            "prefix": sys.prefix,
            "exec_prefix": sys.exec_prefix,
            "base": sys.prefix,
            "platbase": sys.exec_prefix,
            "installed_base": sys.base_prefix,
            "installed_platbase": sys.base_exec_prefix,
            "projectbase": os.path.dirname(os.path.abspath(sys.executable)),
            "userbase": _user_base(),
            "py_version": "%d.%d.%d" % sys.version_info[:3],
            "py_version_short": _VERSION,
            "py_version_nodot": _NODOT,
            "py_version_nodot_plat": "",
            "VERSION": _VERSION,
            "abiflags": "",
            "platlibdir": "lib",
            "MACHDEP": sys.platform,
            "SIZEOF_VOID_P": 8,
            "Py_DEBUG": 0,
            "Py_ENABLE_SHARED": 0,
            "WITH_DOC_STRINGS": 1,
            "BINDIR": os.path.dirname(os.path.abspath(sys.executable)),
            "LIBDEST": os.path.join(sys.base_prefix, "lib", "python" + _VERSION),
            "TZPATH": "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo",
        }
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_SCHEMES))


def get_default_scheme():
    return "posix_venv" if sys.prefix != sys.base_prefix else "posix_prefix"


def get_preferred_scheme(key):
    return {"prefix": get_default_scheme(), "home": "posix_home", "user": "posix_user"}[key]


def get_path_names():
    return _PATH_NAMES


def get_paths(scheme=None, vars=None, expand=True):
    scheme = scheme or get_default_scheme()
    paths = _SCHEMES[scheme]
    if not expand:
        return dict(paths)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    return {name: os.path.normpath(template.format(**values))
            for name, template in paths.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    machine = os.uname().machine
    return f"{sys.platform}-{machine}"


def get_python_version():
    return _VERSION


def is_python_build(check_home=False):
    return False


def get_makefile_filename():
    raise NotImplementedError("sysconfig.get_makefile_filename: corun is not built by make")


def get_config_h_filename():
    raise NotImplementedError("sysconfig.get_config_h_filename: corun has no pyconfig.h")


def parse_config_h(fp, vars=None):
    """The `#define`s of a C header, as a dict of names to ints or strings."""
    if vars is None:
        vars = {}
    for line in fp:
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "#define":
            value = parts[2] if len(parts) > 2 else "1"
            try:
                value = int(value)
            except ValueError:
                pass
            vars[parts[1]] = value
        elif len(parts) >= 3 and parts[0] == "/*" and parts[1] == "#undef":
            vars[parts[2]] = 0
    return vars
