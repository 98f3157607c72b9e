# A build system ordering its targets: each target after the targets it depends on.
from graphlib import TopologicalSorter

deps = {
    "app": ["libnet", "libui", "config"],
    "libnet": ["libcore"],
    "libui": ["libcore", "fonts"],
    "libcore": [],
    "tests": ["app"],
    "docs": [],
}
print(list(TopologicalSorter(deps).static_order()))
ts = TopologicalSorter()
for target, ds in deps.items():
    ts.add(target, *ds)
print(tuple(ts.static_order()))
print(list(TopologicalSorter({1: [2, 3], 2: [3], 3: []}).static_order()))
print(list(TopologicalSorter({"a": "bc", "b": "c"}).static_order()))
print(list(TopologicalSorter({}).static_order()), list(TopologicalSorter().static_order()))
print(list(TopologicalSorter({"x": ["x2", "x2"], "x2": []}).static_order()))
