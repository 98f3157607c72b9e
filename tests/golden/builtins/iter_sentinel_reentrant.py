# Reading records with iter(callable, sentinel), where the sentinel's comparison (or the
# callable itself) peeks at the same iterator, as a parser with look-ahead does.
records = ["a", "b", "", "c"]
pos = 0


def read():
    global pos
    pos += 1
    return records[pos - 1] if pos <= len(records) else ""


class LookAheadEnd:
    """Equal to the end marker; on first comparison it peeks at the next record."""

    def __init__(self):
        self.peeked = []
        self.it = None

    def __eq__(self, other):
        if other == "" and not self.peeked:
            self.peeked.append(next(self.it, "<none>"))
        return other == ""

    __hash__ = None


end = LookAheadEnd()
it = iter(read, end)
end.it = it
print(list(it), end.peeked, pos)

# A callable that advances its own iterator.
stack = [3, 2, 1, 0, 9, 8]


def pop_twice():
    first = stack.pop()
    if first == 8:
        inner = next(numbers, "done")
        return ("inner", inner)
    return first


numbers = iter(pop_twice, 0)
print(list(numbers), stack)

# Stopping by StopIteration, and staying stopped.
calls = iter([1, 2])
nums = iter(lambda: next(calls), None)
print(list(nums), list(nums), nums.__class__.__name__)


class Pages:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return f"page{i}"


class Unsized:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i


pages = iter(Pages(4))
next(pages)
print(pages.__length_hint__(), iter(Unsized()).__length_hint__(), list(pages), pages.__length_hint__())
