# Handles of methods and lambdas name them by their qualified names.
import asyncio


class Greeter:
    def hello(self, who):
        print("hello", who)


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(Greeter().hello, "you")
    h2 = loop.call_soon(lambda: print("lambda"))
    print(repr(h1))
    print(repr(h2))
    await asyncio.sleep(0)


asyncio.run(main())
