# Coroutines driven by hand with send(): a round-robin scheduler, custom awaitables, __await__() delegation, throw and close.
import asyncio
from collections import deque

async def ping(n):
    for i in range(n):
        print("ping", i)
        await asyncio.sleep(0)
    return "ping done"

class Later:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield ("wait", self.value)
        return got

class Delegate:
    def __await__(self):
        return ping(1).__await__()

async def pong():
    r = await Later(3)
    print("pong got", r)
    r2 = await Delegate()
    print("delegate", r2)
    return "pong done"

def run(*coros):
    q = deque(coros)
    out = []
    while q:
        c = q.popleft()
        try:
            y = c.send(None) if not isinstance(c, tuple) else None
        except StopIteration as e:
            out.append(e.value)
            continue
        print("yielded", y)
        q.append(c)
    return out

print(run(ping(2), pong()))
c = pong()
print(c.send(None))
print(c.send(10))
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def guarded():
    try:
        await Later(1)
    except KeyError as e:
        print("caught", e)
        return "recovered"
    finally:
        print("cleanup")
g = guarded()
g.send(None)
try:
    g.throw(KeyError, "k")
except StopIteration as e:
    print("value", e.value)
g2 = guarded()
g2.send(None)
g2.close()
print(g2.cr_frame, g2.cr_running)
w = ping(1).__await__()
print(iter(w) is w, type(w).__name__)
for x in w:
    print("step", x)
async def nested():
    return await pong()
print(asyncio.run(nested()) if False else "skip")
