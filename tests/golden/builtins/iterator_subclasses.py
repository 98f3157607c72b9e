# Subclasses of the builtin iterator types, as libraries write them.
class NumberedLines(enumerate):
    """enumerate counting from 1, with a helper."""
    def __new__(cls, lines):
        return super().__new__(cls, lines, 1)

    def render(self):
        return [f"{n:>3}: {line}" for n, line in self]

print(NumberedLines(["alpha", "beta"]).render())

class MyEnum(enumerate):
    pass

e = MyEnum("abc")
print(type(e).__name__, iter(e) is e, next(e), list(e))
print(isinstance(e, enumerate), issubclass(MyEnum, enumerate))
print(list(MyEnum("xy", start=10)), list(MyEnum(iterable="z")))

class Pairs(zip):
    pass

class Doubled(map):
    pass

class Truthy(filter):
    pass

class Backwards(reversed):
    pass

print(list(Pairs([1, 2, 3], "abc")))
print(list(Doubled(lambda x: x * 2, [1, 2, 3])))
print(list(Truthy(None, [0, 1, "", "a", None, [1]])))
print(list(Backwards([1, 2, 3])), list(Backwards("abc")))
b = Backwards(range(3))
print(next(b), next(b), next(b), next(b, "done"))

# Attributes on the instances, and an overridden __next__.
class Counting(map):
    def __init__(self, func, *its):
        self.calls = 0

    def __next__(self):
        self.calls += 1
        return super().__next__()

c = Counting(str.upper, ["a", "b"])
print(list(c), c.calls)

class Limited(enumerate):
    def __new__(cls, iterable, limit):
        self = super().__new__(cls, iterable)
        self.limit = limit
        return self

    def __init__(self, iterable, limit):
        pass

    def __next__(self):
        i, x = super().__next__()
        if i >= self.limit:
            raise StopIteration
        return i, x

print(list(Limited("abcdef", 3)))

# Errors are those of the base type.
for make in [lambda: MyEnum(), lambda: MyEnum(5), lambda: Pairs(1), lambda: Backwards(5)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
