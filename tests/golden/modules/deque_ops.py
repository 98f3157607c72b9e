from collections import deque

d = deque([1, 2], maxlen=3)
print(d + deque([3, 4]), d * 2, deque("ab") * 0, deque([1]) + deque([2]))
print(list(reversed(deque([1, 2, 3]))))
try:
    d + [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {deque(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(deque([[1], [2]]), deque(x * x for x in range(4)))
