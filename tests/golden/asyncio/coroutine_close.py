# close() on a fresh coroutine silences the never-awaited warning; on a suspended one it runs finally.
import asyncio


class Once:
    def __await__(self):
        yield


async def co():
    try:
        await Once()
    finally:
        print("finally ran")


c = co()
c.close()
d = co()
d.send(None)
d.close()
print("closed both")
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
