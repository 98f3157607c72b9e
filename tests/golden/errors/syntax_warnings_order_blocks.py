# SyntaxWarnings inside try, match, comprehensions and dict displays come in the order CPython
# compiles the code: a try's body before its handlers, each case's guard before its body, a
# comprehension's first iterable before its condition and element, a dict's keys and values
# pair by pair.
def classify(code):
    try:
        status = code is 200
    except (ValueError if code is 0 else TypeError):
        status = None is None
    match code:
        case 200 if code is 200:
            kind = "ok" if status is True else "odd"
        case 404 if code is 404:
            kind = "missing" if code is 404 else "?"
        case _:
            kind = "other"
    flags = [
        c
        for c in (code, 3 is 3)
        if c is 1
    ]
    table = {
        (1 is 1): "a",
        "b": 2 is 2,
    }
    return kind, flags, table


print(classify(200))
print(classify(404))
