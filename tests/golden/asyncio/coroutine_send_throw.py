# A coroutine can be driven by hand with send() and throw().
import asyncio


class Once:
    def __await__(self):
        got = yield "suspended"
        return got


async def co():
    try:
        v = await Once()
        return v * 2
    except KeyError:
        return "caught"


c = co()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("returned", e.value)
d = co()
d.send(None)
try:
    d.throw(KeyError)
except StopIteration as e:
    print("returned", e.value)
