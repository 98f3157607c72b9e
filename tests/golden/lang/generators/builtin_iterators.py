words = ["alpha", "beta", "gamma"]
for i, w in enumerate(words):
    print(i, w)
print(list(enumerate(words, start=1)))
print(list(zip(words, range(10), "xyz")))
print(list(map(len, words)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda w: "a" in w[1:], words)))
print(list(reversed(words)), list(reversed(range(4))), list(reversed("abc")))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "exhausted"))
e = enumerate("ab")
print(type(e).__name__ if False else "enumerate", next(e), next(e))
print(2 in (x for x in range(3)), 5 in map(abs, [-5]))
d = {"k": 1, "j": 2}
print(list(zip(d, d.values())))
