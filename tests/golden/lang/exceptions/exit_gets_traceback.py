# __exit__ and __aexit__ receive the traceback of the exception (they got None).
import traceback
class CM:
    def __enter__(self):
        return self
    def __exit__(self, typ, value, tb):
        print(typ.__name__ if typ else None, value, type(tb).__name__)
        if tb is not None:
            print(tb.tb_lineno, tb.tb_frame.f_code.co_name, len(traceback.extract_tb(tb)))
        return True
def work():
    with CM():
        1 / 0
work()
with CM():
    pass
import contextlib
@contextlib.contextmanager
def managed():
    try:
        yield
    except ValueError as e:
        print("caught", e, e.__traceback__ is not None)
with managed():
    raise ValueError("x")
async def main():
    class ACM:
        async def __aenter__(self): return self
        async def __aexit__(self, t, v, tb):
            print("aexit", t.__name__, tb.tb_lineno)
            return True
    async with ACM():
        raise KeyError(1)
import asyncio
asyncio.run(main())
