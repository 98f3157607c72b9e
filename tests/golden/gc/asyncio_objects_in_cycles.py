# asyncio's queues, locks, events and conditions in reference cycles: what only the cycle
# holds is freed by the collector, and a weak reference to it says so.
import asyncio
import gc
import weakref


class Service:
    def __init__(self, name):
        self.name = name
        self.inbox = asyncio.Queue()
        self.lock = asyncio.Lock()
        self.ready = asyncio.Event()
        self.changed = asyncio.Condition(self.lock)
        self.inbox.put_nowait(self)  # the queue holds its owner


def gone(ref):
    print("freed:", ref in refs)


gc.disable()
refs = []
for name in ("a", "b"):
    s = Service(name)
    refs.append(weakref.ref(s, gone))
    refs.append(weakref.ref(s.inbox))
    del s
print("alive before collection:", sum(r() is not None for r in refs))
found = gc.collect()
print("found garbage:", found > 0)
print("alive after collection:", sum(r() is not None for r in refs))


async def main():
    q = asyncio.Queue()
    q.put_nowait(q)  # a queue that holds itself
    r = weakref.ref(q)
    del q
    gc.collect()
    print("self-holding queue freed:", r() is None)


asyncio.run(main())
