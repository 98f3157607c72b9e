import gc
import weakref


class Obj:
    pass


def report(*args, **kwargs):
    print("finalized", args, sorted(kwargs.items()))


o = Obj()
f = weakref.finalize(o, report, 1, 2, key="v")
print(f.alive, f.atexit, f.peek()[1:])
del o
print("after del:", f.alive, f.peek())

# Called early: it runs once, then is dead.
o2 = Obj()
f2 = weakref.finalize(o2, report, "early")
print(f2())
print(f2(), f2.alive)
del o2

# Detached: it never runs.
o3 = Obj()
f3 = weakref.finalize(o3, report, "detached")
print(f3.detach()[1:], f3.detach(), f3.alive)
del o3

# With the object in a cycle: runs when the collector frees it.
a, b = Obj(), Obj()
a.b, b.a = b, a
f4 = weakref.finalize(a, report, "cycle")
del a, b
print("collecting")
gc.collect()
print("collected", f4.alive)

# Still alive at exit: run at exit, newest first, unless atexit is off.
keep1, keep2, keep3 = Obj(), Obj(), Obj()
weakref.finalize(keep1, report, "at exit 1")
weakref.finalize(keep2, report, "at exit 2")
quiet = weakref.finalize(keep3, report, "not at exit")
quiet.atexit = False
print(quiet.atexit, repr(quiet).startswith("<finalize object at 0x"))
print("end of script")
