import operator

pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=operator.itemgetter(1)))
print(operator.itemgetter(0, 2)("abc"), operator.itemgetter("k")({"k": 5}))
print(operator.itemgetter(1), operator.itemgetter(1, "a"))
print(operator.attrgetter("__name__")(len), operator.attrgetter("x", "y.z"))
up = operator.methodcaller("upper")
print(up("abc"), operator.methodcaller("split", ",", 1)("a,b,c"))
print(operator.methodcaller("replace", "a", new="b") if False else operator.methodcaller("count", "a"))
print(list(map(operator.itemgetter(0), ["ab", "cd"])))
print(max([{"n": 1}, {"n": 3}], key=operator.itemgetter("n")))
