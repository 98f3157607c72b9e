# Comparing two implementations with a deterministic step clock.
import timeit


def step_clock(step):
    t = [0.0]

    def clock():
        t[0] += step
        return t[0]
    return clock


impls = {
    "join": "''.join(str(i) for i in range(50))",
    "concat": "s = ''\nfor i in range(50):\n    s += str(i)",
    "listcomp": "[str(i) for i in range(50)]",
}
results = {}
for name, stmt in impls.items():
    t = timeit.Timer(stmt, timer=step_clock(0.5))
    results[name] = min(t.repeat(repeat=3, number=10))
    print(name, results[name])
print(sorted(results.items()))
t = timeit.Timer("x.append(1)", setup="x = []")
t.timeit(5)
print(t.src.count("x.append(1)"), "_timer" in t.src)
print(timeit.Timer(lambda: None, setup=lambda: None).src.count("_stmt()"))
