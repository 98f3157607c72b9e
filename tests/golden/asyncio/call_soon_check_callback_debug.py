# corun-args: --virtual-time
import asyncio


async def coro():
    pass


class A:
    async def m(self):
        pass

    def __call__(self):
        print("A called")


def show(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


async def main():
    loop = asyncio.get_running_loop()
    c = coro()
    show(lambda: loop.call_soon(c))
    show(lambda: loop.call_later(0.001, c))
    show(lambda: loop.call_at(loop.time(), c))
    c.close()
    show(lambda: loop.call_soon(coro))
    show(lambda: loop.call_later(0.001, coro))
    show(lambda: loop.call_at(loop.time(), coro))
    show(lambda: loop.call_soon(A().m, 1))
    show(lambda: loop.call_soon(42))
    show(lambda: loop.call_later(0.001, "x"))
    show(lambda: loop.call_at(1.0, None))
    show(lambda: loop.call_soon([print]))
    loop.call_soon(A())
    loop.call_soon(print, "plain callback")
    await asyncio.sleep(0.01)
    print("done")


asyncio.run(main(), debug=True)
