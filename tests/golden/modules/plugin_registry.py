"""A plugin registry that loads its plugins on first use and lists them in dir() (PEP 562)."""

_LOADED = {}
_AVAILABLE = ("csv_export", "json_export", "xml_export")
VERSION = "1.0"


def __getattr__(name):
    if name in _AVAILABLE:
        plugin = _LOADED.setdefault(name, f"<plugin {name}>")
        return plugin
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["VERSION", *reversed(_AVAILABLE)]
