# Folders without __init__.py are namespace packages (PEP 420): importable, with a __path__
# and no __file__; their modules import each other by full name.
import os

import plugins_ns.loader
from plugins_ns import exporters

print(plugins_ns.loader.REGISTRY["csv"]([(1, 2), ("a", "b")]))
print(plugins_ns.__file__, plugins_ns.__package__, exporters.__name__)
print([os.path.basename(p) for p in plugins_ns.__path__])
print(sorted(k for k in vars(exporters) if not k.startswith("__")))
print(exporters.csv_out.helpers.join([3, 4], "-"))

try:
    import plugins_ns.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
