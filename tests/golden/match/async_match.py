# corun-args: --virtual-time
# match inside async functions, with await in the subject, guards and bodies.
import asyncio


async def fetch(key):
    await asyncio.sleep(0)
    return {"user": {"name": "ann", "age": 31}, "list": [1, 2, 3]}.get(key)


async def allowed(age):
    await asyncio.sleep(0)
    return age >= 18


async def handle(key):
    match await fetch(key):
        case {"name": name, "age": age} if await allowed(age):
            await asyncio.sleep(0)
            return f"{name} may enter"
        case [first, *rest]:
            total = first
            for x in rest:
                total += await asyncio.sleep(0, result=x)
            return f"sum {total}"
        case None:
            return "missing"


async def main():
    results = await asyncio.gather(handle("user"), handle("list"), handle("nope"))
    print(results)
    match results:
        case [str(a), *_]:
            print("first:", a)


asyncio.run(main())
