# Any sequence can be searched; insort uses the object's insert method.
import bisect
from collections import deque

print(bisect.bisect((1, 3, 5), 4), bisect.bisect("aceg", "d"), bisect.bisect(range(0, 100, 10), 35))


class Log:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)


log = Log()
for x in [3, 1, 2]:
    bisect.insort(log, x)
print(log.items)
d = deque([1, 5, 9])
bisect.insort(d, 6)
print(d)
