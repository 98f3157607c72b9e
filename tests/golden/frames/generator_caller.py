import sys


def producer():
    while True:
        caller = sys._getframe(1).f_code.co_name
        received = yield caller
        if received == "stop":
            return


def consume_with_next(gen):
    return next(gen)


def consume_with_send(gen, value):
    return gen.send(value)


gen = producer()
print(consume_with_next(gen))
print(consume_with_send(gen, "go"))
print([x for x, _ in zip(gen, range(2))])
try:
    gen.send("stop")
except StopIteration:
    print("stopped", gen.gi_frame)


def lines():
    yield sys._getframe().f_lineno
    yield sys._getframe().f_lineno


print(list(lines()))
g = lines()
print(g.gi_frame.f_lineno, next(g), g.gi_frame.f_lineno, next(g), g.gi_frame.f_lineno)
print(g.gi_frame.f_code is lines.__code__, g.gi_frame.f_globals is globals())
