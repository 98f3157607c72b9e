from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen, deque().maxlen)
last = deque(range(100), 2)
print(last)
z = deque([1, 2], maxlen=0)
print(z)
try:
    deque([1, 2, 3], maxlen=3).insert(0, 9)
except IndexError as e:
    print("IndexError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
