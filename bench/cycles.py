class Pair:
    def __init__(self, n: int) -> None:
        self.n = n
        self.peer = None


def pairs(n: int) -> int:
    total = 0
    for i in range(n):
        a = Pair(i)
        b = Pair(i)
        a.peer = b
        b.peer = a
        total += a.peer.n
    return total


class Link:
    def __init__(self, value: int) -> None:
        self.value = value
        self.prev = None
        self.next = None


def linked_lists(rounds: int, length: int) -> int:
    total = 0
    for _ in range(rounds):
        head = cur = Link(0)
        for i in range(1, length):
            nxt = Link(i)
            cur.next = nxt
            nxt.prev = cur
            cur = nxt
        total += cur.prev.value + head.next.value
    return total


class Node:
    def __init__(self, parent: "Node | None", depth: int) -> None:
        self.parent = parent
        self.children = [Node(self, depth - 1) for _ in range(2)] if depth else []


def trees(rounds: int, depth: int) -> int:
    count = 0
    for _ in range(rounds):
        root = Node(None, depth)
        count += len(root.children[1].children)
    return count


def counter(start: int):
    def step(k: int) -> int:
        return start if k == 0 else step(k - 1)
    return step


def closures(n: int) -> int:
    return sum(counter(i)(2) % 3 for i in range(n))


print(pairs(1_000_000), linked_lists(200, 1000), trees(400, 8), closures(200_000))
