# `yield from` an iterator object that is not a generator: sends, throws and closes reach its
# send/throw/close methods as PEP 380 lays out; iterators without them behave as CPython's.


class Accumulator:
    """A hand-written coroutine-like iterator: send() adds to a running total."""

    def __init__(self):
        self.total = 0
        self.closed = False

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        if value is None:
            return "ready"
        if value == "stop":
            raise StopIteration(self.total)
        self.total += value
        return self.total

    def throw(self, exc):
        print("accumulator got", type(exc).__name__, exc)
        if isinstance(exc, KeyError):
            raise StopIteration("reset")
        return -1

    def close(self):
        print("accumulator closed")
        self.closed = True


def session():
    result = yield from Accumulator()
    print("session result", repr(result))
    yield "done"


g = session()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send("stop"))

g = session()
next(g)
print(g.throw(ValueError("bad input")))
print(g.throw(KeyError("k")))

g = session()
next(g)
g.close()
print("closed generator", g.gi_frame is None)


def over_list():
    yield from [1, 2, 3]


g = over_list()
print(next(g))
try:
    g.send(10)
except AttributeError as e:
    print("AttributeError:", e)
g = over_list()
next(g)
try:
    g.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("RuntimeError:", e)
g = over_list()
next(g)
g.close()
print(list(g))


# The older three-argument throw() builds the exception from its type and value.
def worker():
    while True:
        try:
            yield
        except Exception as e:
            print("worker caught", type(e).__name__, e.args)


w = worker()
next(w)
w.throw(ValueError, 123)
w.throw(ValueError, (1, 2))
w.throw(ValueError, ValueError("as is"))
w.throw(ValueError("instance"), None)
try:
    w.throw(ValueError("instance"), 5)
except TypeError as e:
    print("TypeError:", e)
