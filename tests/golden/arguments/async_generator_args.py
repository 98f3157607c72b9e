# An async generator of sensor readings, driven by hand with its methods misused on purpose.
import asyncio

def attempt(label, f, /, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", type(r).__name__)
        if hasattr(r, "close"):
            r.close()
    except TypeError as e:
        print(label, "TypeError:", e)

async def readings():
    for x in (3, 1, 4):
        yield x

async def main():
    gen = readings()
    attempt("asend()", gen.asend)
    attempt("asend(1, 2)", gen.asend, 1, 2)
    attempt("asend(value=1)", gen.asend, value=1)
    attempt("aclose(1)", gen.aclose, 1)
    attempt("aiter()", aiter)
    attempt("aiter(1, 2)", aiter, 1, 2)
    attempt("aiter(x=1)", aiter, x=1)
    attempt("aiter(5)", aiter, 5)
    attempt("anext()", anext)
    attempt("anext(1, 2, 3)", anext, 1, 2, 3)
    attempt("anext(gen, default=1)", anext, gen, default=1)
    attempt("anext(5)", anext, 5)
    attempt("type(gen).asend(1, 2)", type(gen).asend, 1, 2)
    attempt("type(gen).aclose()", type(gen).aclose)
    print(await anext(gen), await anext(gen, None))
    print([x async for x in aiter(gen)])
    print(await anext(gen, "done"))
    await gen.aclose()

asyncio.run(main())
