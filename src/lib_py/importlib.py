"""importlib: importing a module named at run time."""


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """The module `name` (a dotted path; relative to `package` when it starts with dots)."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative "
                f"import for {name!r}"
            )
        level = len(name) - len(name.lstrip("."))
        name = _resolve_name(name[level:], package, level)
    return __import__(name, fromlist=["*"])


def invalidate_caches():
    """Nothing to do: corun keeps no finder caches."""


def reload(module):
    raise NotImplementedError("corun does not support importlib.reload() yet")
