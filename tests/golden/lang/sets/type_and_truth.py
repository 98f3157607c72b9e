print(type({1}).__name__, type(frozenset()).__name__, type(set()))
print(bool(set()), bool({0}), len({1, 2, 2}), len(frozenset()))
print(isinstance({1}, set), isinstance(frozenset(), frozenset), isinstance({1}, frozenset))
if not set():
    print("empty is false")
