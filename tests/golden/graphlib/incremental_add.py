# Adding nodes one edge at a time, with repeated and hashable non-string nodes.
from graphlib import TopologicalSorter

ts = TopologicalSorter()
ts.add(3, 1)
ts.add(3, 2)
ts.add(2, 1)
ts.add(1)
ts.add((0, 0))
ts.add(frozenset({1}), 3, (0, 0))
print(list(ts.static_order()))
ts = TopologicalSorter()
for a, b in [("x", "y"), ("y", "z"), ("x", "z"), ("w", "x")]:
    ts.add(b, a)
print(list(ts.static_order()))
ts = TopologicalSorter({"a": []})
ts.add("b", "a", "a")
ts.prepare()
print(ts.get_ready())
ts.done("a")
print(ts.get_ready(), ts.is_active())
ts.done("b")
print(ts.is_active(), ts.get_ready())
