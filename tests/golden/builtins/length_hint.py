# operator.length_hint and __length_hint__, which list() asks before iterating.
import operator

print(operator.length_hint([1, 2, 3]), operator.length_hint((1,)), operator.length_hint("abc"))
print(operator.length_hint({"a": 1}), operator.length_hint(range(10)), operator.length_hint(object()))
print(operator.length_hint(object(), 7), operator.length_hint(x for x in "ab"))
it = iter([1, 2, 3, 4])
next(it)
print(operator.length_hint(it))
it = iter(range(0, 10, 3))
next(it)
print(operator.length_hint(it), operator.length_hint(iter(range(5, 0, -2))))
print(operator.length_hint(iter("héllo")), operator.length_hint(iter({1: 2, 3: 4}.items())))
print(operator.length_hint(reversed([1, 2])), operator.length_hint(map(str, [1]), 5))
print(operator.length_hint(iter(b"xyz")), operator.length_hint(iter((1, 2))))

class Stream:
    """An iterator that knows roughly how much is left."""
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        return self.n

s = Stream(4)
print(operator.length_hint(s), list(s), operator.length_hint(s))

class NoHint:
    def __length_hint__(self):
        return NotImplemented

class Negative:
    def __length_hint__(self):
        return -1

class NotInt:
    def __length_hint__(self):
        return "many"

class BadLen:
    def __len__(self):
        return -5

class LenTypeError:
    def __len__(self):
        raise TypeError("no len")
    def __length_hint__(self):
        return 12

class Sized:
    def __len__(self):
        return 3
    def __length_hint__(self):
        return 100

for obj in [NoHint(), Negative(), NotInt(), BadLen(), LenTypeError(), Sized()]:
    try:
        print(type(obj).__name__, operator.length_hint(obj, 9))
    except (TypeError, ValueError) as e:
        print(type(obj).__name__, type(e).__name__ + ":", e)

try:
    operator.length_hint([], "a")
except TypeError as e:
    print("TypeError:", e)

# list() asks for the hint first: what it raises comes out.
class Failing:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        raise ValueError("hint failed")

try:
    list(Failing())
except ValueError as e:
    print("ValueError:", e)

class Fine:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 1000

print(list(Fine()))
