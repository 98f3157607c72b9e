# Two async generators left open are both closed by asyncio.run.
import asyncio


async def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "closed")


async def main():
    global a, b
    a = gen("a")
    b = gen("b")
    await a.__anext__()
    print("a started")
    await b.__anext__()
    print("b started")


asyncio.run(main())
print("run returned")
