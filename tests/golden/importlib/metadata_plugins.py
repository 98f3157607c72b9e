# A tool that reports its version and finds plugins through importlib.metadata, falling back
# when the package is not installed.
import importlib.metadata as md
from importlib.metadata import EntryPoint, EntryPoints, PackageNotFoundError, version

try:
    __version__ = version("corun-demo-tool-not-installed")
except PackageNotFoundError as e:
    __version__ = "0.0.0+unknown"
    print(repr(e), "|", e, "|", e.name)
    print(isinstance(e, ModuleNotFoundError), isinstance(e, ImportError))
print("version", __version__)

for look_up in (md.metadata, md.files, md.requires, md.distribution):
    try:
        look_up("corun-demo-tool-not-installed")
    except PackageNotFoundError as e:
        print(look_up.__name__, "->", e)
print(list(md.distributions(name="corun-demo-tool-not-installed")))
print(md.entry_points(group="corun_demo.plugins"), md.entry_points(group="x", name="y"))

# Plugins a program declares itself.
plugins = EntryPoints([
    EntryPoint(name="json", value="json:dumps", group="corun_demo.formatters"),
    EntryPoint(name="join", value="os.path:join [fast, safe]", group="corun_demo.paths"),
    EntryPoint(name="posix", value="posixpath", group="corun_demo.paths"),
])
print(sorted(plugins.names), sorted(plugins.groups))
fmt = plugins["json"]
print(fmt, fmt.module, fmt.attr, fmt.extras)
print(fmt.load()({"a": 1}))
join = plugins.select(group="corun_demo.paths", name="join")
print(join, join[0].extras if False else list(join)[0].extras)
print(list(join)[0].load()("a", "b"))
print(plugins["posix"].attr, plugins["posix"].load().__name__)
try:
    plugins["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    fmt.name = "other"
except AttributeError as e:
    print("AttributeError:", e)
print(fmt == EntryPoint("json", "json:dumps", "corun_demo.formatters"), len({fmt, fmt}))
name, ep = fmt
print(name, ep is fmt)
