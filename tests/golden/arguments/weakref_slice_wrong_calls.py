# A cache of weakly held records and slices of a log: the wrong calls each raise
# the TypeError CPython gives, and the right ones still work.
import functools
import weakref


class Record:
    def __init__(self, name):
        self.name = name


def attempt(label, make):
    try:
        result = make()
    except TypeError as e:
        print(f"{label:34} TypeError: {e}")
        return None
    print(f"{label:34} ok: {type(result).__name__}")
    return result


rec = Record("a")
attempt("weakref.ref()", lambda: weakref.ref())
attempt("weakref.ref(r, None, 3)", lambda: weakref.ref(rec, None, 3))
attempt("weakref.ref(r, x=1)", lambda: weakref.ref(rec, x=1))
attempt("weakref.proxy()", lambda: weakref.proxy())
attempt("weakref.proxy(r, None, 3)", lambda: weakref.proxy(rec, None, 3))
attempt("weakref.proxy(r, x=1)", lambda: weakref.proxy(rec, x=1))
attempt("weakref.getweakrefcount()", lambda: weakref.getweakrefcount())
attempt("weakref.getweakrefs(r, 2)", lambda: weakref.getweakrefs(rec, 2))
r = weakref.ref(rec)
attempt("ref(r)(1)", lambda: r(1))
attempt("ref(r)(x=1)", lambda: r(x=1))
print(r() is rec, weakref.getweakrefcount(rec), weakref.proxy(rec).name)
attempt("WeakKeyDictionary(1, 2, 3)", lambda: weakref.WeakKeyDictionary(1, 2, 3))
attempt("WeakValueDictionary(1, 2)", lambda: weakref.WeakValueDictionary(1, 2))
attempt("WeakSet(1, 2)", lambda: weakref.WeakSet(1, 2))
attempt("finalize()", lambda: weakref.finalize())

attempt("slice()", lambda: slice())
attempt("slice(1, 2, 3, 4)", lambda: slice(1, 2, 3, 4))
attempt("slice(stop=1)", lambda: slice(stop=1))
log = list(range(10))
print(log[slice(3)], log[slice(2, 5)], log[slice(1, 9, 3)], slice(4))

def by_length(a, b):
    return len(a) - len(b)

K = functools.cmp_to_key(by_length)
attempt("K()", lambda: K())
attempt("K(1, 2)", lambda: K(1, 2))
attempt("K(x=2)", lambda: K(x=2))
print(K(obj="abc").obj, sorted(["ccc", "a", "bb"], key=K))
