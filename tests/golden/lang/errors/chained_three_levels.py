# Three exceptions chained: context, then cause.
def f():
    try:
        try:
            [][0]
        except IndexError:
            {}["k"]
    except KeyError as e:
        raise ValueError("top") from e


f()
