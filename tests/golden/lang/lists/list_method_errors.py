xs = [3, 1, 2]
for attempt in [
    lambda: xs.pop(5),
    lambda: [].pop(),
    lambda: xs.remove(9),
    lambda: xs.index(9),
    lambda: xs.sort(1),
    lambda: (1, 2).index(5),
    lambda: xs.extend(5),
    lambda: [1, "a"].sort(),
]:
    try:
        attempt()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(xs)
