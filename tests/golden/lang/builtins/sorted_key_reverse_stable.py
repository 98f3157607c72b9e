# Sorting is stable, with key= and reverse= too: equal items keep their order.
print(sorted([5, -3, 2, -1, 3, -5], key=abs))
print(sorted([5, -3, 2, -1, 3, -5], key=abs, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted([3, 1, 2], key=lambda x: -x))
pairs = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 2)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(['b', 'A', 'c', 'B'], key=str.lower))
print(sorted([3, 1], key=None, reverse=1), sorted([2, 1], reverse=False))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
