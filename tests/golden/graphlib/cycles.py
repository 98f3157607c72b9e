# Detecting dependency cycles in a package graph.
from graphlib import TopologicalSorter, CycleError

graphs = [
    {"a": ["b"], "b": ["a"]},
    {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]},
    {1: [1]},
    {"x": ["y"], "y": ["z"], "z": ["w", "x"], "w": []},
    {"ok1": [], "ok2": ["ok1"], "p": ["q"], "q": ["r"], "r": ["p"]},
]
for g in graphs:
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
    except CycleError as e:
        print("CycleError:", e.args[0], e.args[1])
        print("  message:", e)
        print("  still ready:", ts.get_ready())
print(issubclass(CycleError, ValueError))
try:
    list(TopologicalSorter({"a": ["b"], "b": ["a"]}).static_order())
except ValueError as e:
    print(type(e).__name__, e.args)
