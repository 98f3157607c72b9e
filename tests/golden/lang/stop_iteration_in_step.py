# A StopIteration raised inside a step of a builtin iterator (the function of map, the
# predicate of filter, a user __next__) ends the iteration there, and next() and
# `yield from` pass its value on.
import itertools


def parse(field):
    if field == "END":
        raise StopIteration("end marker")
    return int(field)


fields = ["1", "2", "3", "END", "4"]
for n in map(parse, fields):
    print("field", n)
print(list(map(parse, fields)))
print(sum(map(parse, fields)))
print(list(enumerate(map(parse, fields))))
print(list(zip("ab", map(parse, fields))))


def small(x):
    if x > 2:
        raise StopIteration
    return True


print(list(filter(small, range(10))))
print(list(itertools.starmap(lambda a, b: parse(a) + b, [("1", 1), ("END", 2), ("3", 3)])))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff", 0)
        self.n -= 1
        return self.n


for it in (enumerate(Countdown(0)), map(parse, ["END"]), iter(Countdown(0)), zip(Countdown(0))):
    try:
        next(it)
    except StopIteration as e:
        print(type(it).__name__, e.args, e.value)
print(next(map(parse, ["END"]), "default"))


def relay(source):
    result = yield from source
    print("delegation returned", repr(result))


print(list(relay(map(parse, fields))))
print(list(relay(Countdown(3))))
print(list(relay(iter([1, 2]))))


# A StopIteration raised by other code still propagates.
def bad():
    raise StopIteration("not inside an iterator")


try:
    bad()
except StopIteration as e:
    print("caught", e)
