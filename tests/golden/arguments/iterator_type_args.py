# The builtin iterator types, called wrongly, as a program that checks its inputs.
def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", list(r) if hasattr(r, "__next__") else r)
    except (TypeError, ValueError) as e:
        print(label, f"{type(e).__name__}:", e)

class Numbered(enumerate):
    pass

class Pairs(zip):
    pass

attempt("enumerate()", enumerate)
attempt("enumerate([1], 2, 3)", enumerate, [1], 2, 3)
attempt("enumerate(iterable=[1])", enumerate, iterable=[1])
attempt("enumerate([1], start=5)", enumerate, [1], start=5)
attempt("enumerate(start=5)", enumerate, start=5)
attempt("enumerate([1], begin=5)", enumerate, [1], begin=5)
attempt("enumerate([1], 'a')", enumerate, [1], 'a')
attempt("enumerate([1], 1, start=1)", enumerate, [1], 1, start=1)
attempt("enumerate(5)", enumerate, 5)
attempt("Numbered()", Numbered)
attempt("Numbered('ab', 1)", Numbered, 'ab', 1)
attempt("Numbered(x=1)", Numbered, x=1)
attempt("zip()", zip)
attempt("zip([1], [2], strict=True)", zip, [1], [2], strict=True)
attempt("zip([1], strct=True)", zip, [1], strct=True)
attempt("zip([1], [2, 3], strict=1)", zip, [1], [2, 3], strict=1)
attempt("Pairs('ab', 'cd')", Pairs, 'ab', 'cd')
attempt("Pairs(x=1)", Pairs, x=1)
attempt("map()", map)
attempt("map(str)", map, str)
attempt("map(str, [1], x=1)", map, str, [1], x=1)
attempt("map(str, 1)", map, str, 1)
attempt("filter()", filter)
attempt("filter(None)", filter, None)
attempt("filter(None, [0, 1], 2)", filter, None, [0, 1], 2)
attempt("filter(None, [0, 1], x=2)", filter, None, [0, 1], x=2)
attempt("filter(function=None, iterable=[])", filter, function=None, iterable=[])
attempt("reversed()", reversed)
attempt("reversed([1, 2], 3)", reversed, [1, 2], 3)
attempt("reversed(seq=[1])", reversed, seq=[1])
attempt("reversed(5)", reversed, 5)
attempt("enumerate.__new__(enumerate)", enumerate.__new__, enumerate)
attempt("zip.__new__(zip, [1])", zip.__new__, zip, [1])
attempt("sorted()", sorted)
attempt("sorted([3, 1], reverse=1.5)", sorted, [3, 1], reverse=1.5)
attempt("sorted([3, 1], kee=1)", sorted, [3, 1], kee=1)
attempt("sorted([3, 1], None)", sorted, [3, 1], None)
attempt("sorted([3, 1], reverse=True)", sorted, [3, 1], reverse=True)
