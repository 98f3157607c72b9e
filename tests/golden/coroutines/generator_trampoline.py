# A trampoline of generator-based tasks that delegate to coroutines with yield from.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * x


def task(name, values):
    total = 0
    for v in values:
        r = yield from compute(v).__await__()
        total += r
        print(name, "got", r)
    return total


def trampoline(gens):
    results = []
    pending = list(gens)
    while pending:
        g = pending.pop(0)
        try:
            next(g)
        except StopIteration as e:
            results.append(e.value)
        else:
            pending.append(g)
    return results


print(trampoline([task("a", [1, 2]), task("b", [3])]))


async def main():
    class Wrapper:
        def __await__(self):
            return compute(7).__await__()

    print(await Wrapper())
    print(await compute(3))


asyncio.run(main())
