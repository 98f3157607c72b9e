def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


g = count_up(3)
print(g)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(count_up(5)), sum(count_up(5)))
for x in count_up(2):
    print("for", x)
print(next(count_up(0), "empty"))
