# Recursion far deeper than the default limit, once the program raises it: the interpreter's
# native stack grows as the recursion goes down, for plain calls, methods, comprehensions and
# coroutines awaiting coroutines, and the limit still ends it with RecursionError.
import asyncio
import sys

sys.setrecursionlimit(25_000)
print("limit", sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print("plain", depth(20_000))


class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None

    def size(self):
        return 1 + (self.child.size() if self.child else 0)


print("methods", Node(8_000).size())


def nested(n):
    return [nested(n - 1) for _ in range(1)] if n else []


x = nested(5_000)
levels = 0
while x:
    x = x[0]
    levels += 1
print("comprehensions", levels)


async def down(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return await down(n - 1) + 1


print("coroutines", asyncio.run(down(10_000)))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

# Back to the default: the same function stops at 1000 again.
sys.setrecursionlimit(1000)
try:
    depth(5_000)
except RecursionError as e:
    print("RecursionError again:", e)
print("still works", depth(500))
