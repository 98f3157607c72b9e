import functools


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "plum", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(max([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b)))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(1), K(1) == K(1), K(5).obj)
nums = [5, 2, 9]
nums.sort(key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True)
print(nums)
try:
    hash(K(1))
except TypeError as e:
    print("TypeError:", e)
