# ThreadPoolExecutor: map keeps input order, as_completed yields as calls end, wait, errors.
import time
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, ThreadPoolExecutor,
                                as_completed, wait)


def slow_square(n):
    time.sleep(0.01 * n)
    return n * n


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(slow_square, [3, 1, 2, 0])))
    futures = {ex.submit(slow_square, n): n for n in (4, 1, 2)}
    print([futures[f] for f in as_completed(futures)])
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    first = ex.submit(slow_square, 1)
    later = ex.submit(slow_square, 20)
    done, not_done = wait([first, later], return_when=FIRST_COMPLETED)
    print(first in done, later in not_done)
    bad = ex.submit(int, "x")
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled())
    calls = []
    f = ex.submit(lambda: "value")
    f.add_done_callback(lambda fut: calls.append(fut.result()))
    f.result()
print(calls)
try:
    ex.submit(print, "late")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo")
import threading
print(ex.submit(lambda: threading.current_thread().name).result())
ex.shutdown(wait=True)
