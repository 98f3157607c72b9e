# corun-args: --virtual-time
# except* in a coroutine: clauses may await, and the rest propagates through tasks.
import asyncio

async def fail(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(n)
    raise TypeError(n)

async def main():
    errors = []
    for n in range(4):
        try:
            await fail(n)
        except Exception as e:
            errors.append(e)
    try:
        raise ExceptionGroup("tasks", errors)
    except* ValueError as e:
        await asyncio.sleep(0)
        print("values", repr(e))
    except* TypeError as e:
        await asyncio.sleep(0)
        print("types", e.exceptions)
    try:
        try:
            raise ExceptionGroup("again", errors)
        except* ValueError:
            await asyncio.sleep(0.001)
    except* TypeError as e:
        print("outer got", repr(e))
    try:
        try:
            raise ExceptionGroup("last", errors)
        except* ValueError:
            await asyncio.sleep(0)
            raise KeyError("from a clause")
    except ExceptionGroup as e:
        print("left:", repr(e))
        print("context:", repr(e.exceptions[0].__context__))

asyncio.run(main())
