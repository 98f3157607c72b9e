# merge: sorted inputs into one sorted stream, lazily.
import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])))
m = heapq.merge(iter([1, 3]), iter([2]))
print(next(m), next(m), list(m))


def logs(name, times):
    for t in times:
        yield t, name


for t, name in heapq.merge(logs("web", [1, 5, 9]), logs("db", [2, 5, 7])):
    print(t, name)
