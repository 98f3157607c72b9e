import gc


class A:
    pass


gc.collect()

# A pair of instances pointing at each other, without and with a materialized __dict__.
a, b = A(), A()
a.other, b.other = b, a
del a, b
print("pair:", gc.collect())

a, b = A(), A()
a.other, b.other = b, a
a.__dict__
del a, b
print("pair with one __dict__:", gc.collect())

l = []
l.append(l)
del l
print("self-containing list:", gc.collect())

d = {}
d["self"] = d
del d
print("self-containing dict:", gc.collect())

print("nothing left:", gc.collect())

# Generations and thresholds.
print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(len(gc.get_count()), all(isinstance(c, int) for c in gc.get_count()))
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)

for bad in (lambda: gc.collect(3), lambda: gc.collect(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.collect("x")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)

# What the collector tracks.
print(
    gc.is_tracked(0),
    gc.is_tracked("text"),
    gc.is_tracked(None),
    gc.is_tracked(1.5),
    gc.is_tracked([]),
    gc.is_tracked({}),
    gc.is_tracked({"a": 1}),
    gc.is_tracked({"a": []}),
    gc.is_tracked(A()),
    gc.is_tracked(set()),
    gc.is_tracked(A),
    gc.is_tracked(lambda: 0),
)
x = A()
print(any(o is x for o in gc.get_objects()))

# Callbacks, garbage, freezing.
events = []


def cb(phase, info):
    events.append((phase, sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)
print(gc.garbage)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.get_debug(), gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.is_finalized(A()))
