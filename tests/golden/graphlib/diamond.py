# Diamond-shaped dependencies and nodes finishing in different orders.
from graphlib import TopologicalSorter

graph = {"D": ["B", "C"], "B": ["A"], "C": ["A"], "E": ["D", "A"]}
for finish_order in [("B", "C"), ("C", "B")]:
    ts = TopologicalSorter(graph)
    ts.prepare()
    seen = []
    (a,) = ts.get_ready()
    seen.append(a)
    ts.done(a)
    print(ts.get_ready())
    for n in finish_order:
        ts.done(n)
        seen.append(n)
    r = ts.get_ready()
    print(finish_order, r)
    ts.done(*r)
    print(ts.get_ready(), ts.is_active())
print(list(TopologicalSorter(graph).static_order()))
