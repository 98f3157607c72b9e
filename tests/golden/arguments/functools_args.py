# A small memoising calculator built on functools, with its tools misused on purpose.
import functools

def attempt(label, f, /, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", r if not callable(r) else "a callable")
    except (TypeError, ValueError) as e:
        print(label, f"{type(e).__name__}:", e)

def add(a, b):
    return a + b

attempt("reduce()", functools.reduce)
attempt("reduce(add)", functools.reduce, add)
attempt("reduce(add, [1, 2], 0, 4)", functools.reduce, add, [1, 2], 0, 4)
attempt("reduce(add, [1, 2], initial=0)", functools.reduce, add, [1, 2], initial=0)
attempt("reduce(add, [1, 2, 3], 10)", functools.reduce, add, [1, 2, 3], 10)
attempt("reduce(add, 5)", functools.reduce, add, 5)
attempt("update_wrapper()", functools.update_wrapper)
attempt("update_wrapper(add)", functools.update_wrapper, add)
attempt("update_wrapper(add, add, (), (), 1)", functools.update_wrapper, add, add, (), (), 1)
attempt("update_wrapper(add, add, x=1)", functools.update_wrapper, add, add, x=1)
attempt("wraps()", functools.wraps)
attempt("wraps(add, (), (), 1)", functools.wraps, add, (), (), 1)
attempt("wraps(wrapped=add)", functools.wraps, wrapped=add)
attempt("wraps(add)()", functools.wraps(add))
attempt("wraps(add)(1, 2)", functools.wraps(add), 1, 2)
attempt("cmp_to_key()", functools.cmp_to_key)
attempt("cmp_to_key(1, 2)", functools.cmp_to_key, 1, 2)
attempt("cmp_to_key(cmp=1)", functools.cmp_to_key, cmp=1)
K = functools.cmp_to_key(lambda a, b: a - b)
attempt("K()", K)
attempt("K(1, 2)", K, 1, 2)
attempt("K(obj=1) < K(2)", lambda: K(obj=1) < K(2))
attempt("K(ob=1)", K, ob=1)
print(sorted([3, 1, 2], key=K))
attempt("lru_cache(1, 2, 3)", functools.lru_cache, 1, 2, 3)
attempt("lru_cache(maxsiz=1)", functools.lru_cache, maxsiz=1)
attempt("lru_cache('a')", functools.lru_cache, 'a')
attempt("lru_cache(maxsize=3, typed=True)", functools.lru_cache, maxsize=3, typed=True)
attempt("cache()", functools.cache)
attempt("cache(add, add)", functools.cache, add, add)
deco = functools.lru_cache(maxsize=2)
cached = functools.lru_cache(add)
print(cached(1, 2), cached(1, 2))
attempt("cache_info(1)", cached.cache_info, 1)
attempt("cache_info()", cached.cache_info)
attempt("cache_clear(1)", cached.cache_clear, 1)
attempt("cache_parameters()", cached.cache_parameters)
