# Signatures of coroutine, generator and nested functions, and of lambdas.
import inspect


async def download(url: str, *, retries: int = 3, timeout=None) -> bytes:
    return b""


def pages(start=1, stop=None, /):
    yield start


def outer(a):
    def inner(b, *, c=a):
        return b + c
    return inner


print(inspect.signature(download))
print(inspect.signature(pages))
print(inspect.signature(outer(5)))
print(inspect.signature(lambda *args, **kwargs: None))
print(inspect.signature(lambda a, b=[1, 2], *, c={"k": 1}: None))
sig = inspect.signature(download)
print(list(sig.parameters), sig.return_annotation)
print(sig.parameters["retries"].kind is inspect.Parameter.KEYWORD_ONLY)
