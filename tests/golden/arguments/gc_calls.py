# The gc module's functions, called rightly and wrongly.
import gc

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {type(r).__name__}")

attempt("collect(x=)", gc.collect, x=1)
attempt("collect(1, 2)", gc.collect, 1, 2)
attempt("collect('a')", gc.collect, "a")
attempt("collect(7)", gc.collect, 7)
attempt("collect(generation=0)", gc.collect, generation=0)
attempt("enable(1)", gc.enable, 1)
attempt("isenabled(x=1)", gc.isenabled, x=1)
attempt("isenabled()", gc.isenabled)
attempt("get_count(1)", gc.get_count, 1)
attempt("set_threshold()", gc.set_threshold)
attempt("set_threshold(1, 2, 3, 4)", gc.set_threshold, 1, 2, 3, 4)
attempt("set_threshold(x=1)", gc.set_threshold, x=1)
old = gc.get_threshold()
attempt("set_threshold(500, 5)", gc.set_threshold, 500, 5)
print(gc.get_threshold()[:2])
gc.set_threshold(*old)
attempt("get_objects(1, 2)", gc.get_objects, 1, 2)
attempt("get_objects(generation=5)", gc.get_objects, generation=5)
attempt("get_objects('a')", gc.get_objects, "a")
attempt("is_tracked()", gc.is_tracked)
attempt("is_tracked(a=1)", gc.is_tracked, a=1)
print(gc.is_tracked([]), gc.is_tracked(1))
attempt("is_finalized(1, 2)", gc.is_finalized, 1, 2)
attempt("freeze(1)", gc.freeze, 1)
attempt("get_stats(1)", gc.get_stats, 1)
attempt("get_referents(x=1)", gc.get_referents, x=1)
attempt("get_referrers(x=1)", gc.get_referrers, x=1)
attempt("set_debug()", gc.set_debug)
attempt("set_debug('a')", gc.set_debug, "a")
attempt("set_debug(flags=1)", gc.set_debug, flags=1)
attempt("get_debug(1)", gc.get_debug, 1)
gc.set_debug(0)
print(gc.get_debug())
