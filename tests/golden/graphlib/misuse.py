# Using a TopologicalSorter wrongly: the errors it raises.
from graphlib import TopologicalSorter

ts = TopologicalSorter({"b": ["a"]})
for call in [ts.get_ready, ts.is_active, lambda: ts.done("a"), lambda: bool(ts)]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
ts.prepare()
for call in [ts.prepare, lambda: ts.add("c"), lambda: ts.done("zz"), lambda: ts.done("b")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(ts.get_ready())
ts.done("a")
try:
    ts.done("a")
except ValueError as e:
    print("ValueError:", e)
try:
    TopologicalSorter().add(["unhashable"])
except TypeError as e:
    print("TypeError:", e)
ts2 = TopologicalSorter()
ts2.prepare()
try:
    ts2.done("nothing")
except ValueError as e:
    raise SystemExit(f"scheduler error: {e}")
