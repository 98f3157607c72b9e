# SimpleNamespace: attributes from keywords, repr, equality, changes.
from types import SimpleNamespace

cfg = SimpleNamespace(host="localhost", port=8080)
print(cfg)
print(cfg.host, cfg.port)
cfg.debug = True
del cfg.port
print(cfg, vars(cfg))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print(SimpleNamespace(a=1, b=2) == SimpleNamespace(b=2, a=1))
print(SimpleNamespace(a=1) == {"a": 1})
print(SimpleNamespace(**{"x y": 1}))
try:
    SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    cfg.missing
except AttributeError as e:
    print(e)
