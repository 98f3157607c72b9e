import itertools

for make in (lambda: itertools.cycle(), lambda: itertools.starmap(pow), lambda: itertools.repeat(),
             lambda: itertools.permutations("ab", -1), lambda: itertools.product("a", repeat=-1),
             lambda: itertools.tee([], -1), lambda: itertools.chain(1), lambda: itertools.count(1, "x"),
             lambda: list(itertools.zip_longest(1, [2])), lambda: itertools.repeat(1, 2**70)):
    try:
        print(make())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
list(itertools.chain(1))
