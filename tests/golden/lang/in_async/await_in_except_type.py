# The type of an except or except* clause may be awaited.
import asyncio

async def kind(t):
    await asyncio.sleep(0)
    return t

async def main():
    try:
        raise KeyError("k")
    except (await kind(ValueError)):
        print("not here")
    except (await kind((KeyError, IndexError))) as e:
        print("caught", repr(e))
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* (await kind(ValueError)) as e:
        print("star", repr(e))
    except* (await kind(KeyError)) as e:
        print("star", repr(e))

asyncio.run(main())
