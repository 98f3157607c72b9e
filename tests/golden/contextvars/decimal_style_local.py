# A context-local setting, like decimal's precision, kept per task.
import asyncio
import contextvars
from contextlib import contextmanager

precision = contextvars.ContextVar("precision", default=2)


@contextmanager
def local_precision(p):
    token = precision.set(p)
    try:
        yield
    finally:
        precision.reset(token)


def fmt(x):
    return f"{x:.{precision.get()}f}"


async def report(p, x):
    with local_precision(p):
        await asyncio.sleep(0)
        return fmt(x)


async def main():
    print(await asyncio.gather(report(1, 3.14159), report(4, 3.14159), report(0, 2.5)))
    print(fmt(1 / 3))


asyncio.run(main())
