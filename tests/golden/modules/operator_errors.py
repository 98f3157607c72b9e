import operator

for call in (lambda: operator.itemgetter(), lambda: operator.itemgetter(1)(), lambda: operator.add(1),
             lambda: operator.attrgetter(1), lambda: operator.methodcaller(), lambda: operator.index(1.5),
             lambda: operator.itemgetter(5)([1, 2]), lambda: operator.truediv(1, 0), lambda: operator.neg("a")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
