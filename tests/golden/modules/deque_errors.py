from collections import deque

d = deque()
for op in (d.pop, d.popleft):
    try:
        op()
    except IndexError as e:
        print("IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).index(2)
except ValueError as e:
    print("ValueError:", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError:", e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
d.popleft()
d.popleft()
d.popleft()
d.pop()
