# A task scheduler running independent tasks in waves, as a worker pool would.
from graphlib import TopologicalSorter

tasks = {
    "fetch": set(),
    "parse": {"fetch"},
    "index": {"parse"},
    "thumbnails": {"fetch"},
    "report": {"index", "thumbnails"},
    "notify": {"report"},
    "cleanup": {"report"},
}
ts = TopologicalSorter(tasks)
ts.prepare()
wave = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    wave += 1
    print(f"wave {wave}: {ready}")
    for t in ready:
        ts.done(t)
print(bool(ts), ts.get_ready())

# Finishing tasks one at a time, out of order.
ts = TopologicalSorter({"b": ["a"], "c": ["a"], "d": ["b", "c"]})
ts.prepare()
print(ts.get_ready())
ts.done("a")
r = ts.get_ready()
print(r)
ts.done(r[1])
print(ts.get_ready(), ts.is_active())
ts.done(r[0])
print(ts.get_ready())
ts.done("d")
print(ts.is_active(), bool(ts))
