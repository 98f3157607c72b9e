# Tracebacks mark a raise statement that shares its line with other code, as python3 does;
# a raise alone on its line (or over several lines) is shown without marks.
import traceback


class ConfigError(Exception):
    pass


class Reader:
    def __iter__(self): return self
    def __next__(self): raise ConfigError("stream closed")


def validate(value):
    if value < 0: raise ConfigError("negative")
    if value > 100:
        raise ConfigError(
            "too big")
    return value


def load(values):
    total = 0
    for v in values:
        total += validate(v)
    return total


for data in ([1, -1], [1, 500], Reader()):
    try:
        load(data)
    except ConfigError:
        traceback.print_exc()

try:
    count = 3; raise ConfigError("inline") from None
except ConfigError:
    traceback.print_exc()


async def step():
    value = 1; raise ConfigError("in a coroutine")


def drive():
    coro = step()
    coro.send(None)


drive()
