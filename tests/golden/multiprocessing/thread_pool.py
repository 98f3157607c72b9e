# A ThreadPool fetching "pages" from a fake store: map, imap with chunks, callbacks,
# time-outs, the pool's states and its argument checks.
import threading
import time
from multiprocessing import TimeoutError
from multiprocessing.pool import ThreadPool

STORE = {f"/page/{i}": "x" * (i * 3) for i in range(20)}
seen = []
lock = threading.Lock()


def fetch(path):
    with lock:
        seen.append(path)
    return len(STORE[path])


def slow(x):
    time.sleep(x)
    return x


def init(tag):
    threading.current_thread().tag = tag


def tag_of(_):
    return threading.current_thread().tag


with ThreadPool(4) as pool:
    sizes = pool.map(fetch, sorted(STORE))
    print(sizes[:5], sum(sizes))
    print(list(pool.imap(fetch, ["/page/3", "/page/1", "/page/2"], 2)))
    print(sorted(pool.imap_unordered(fetch, ["/page/5", "/page/6"])))
    print(pool.starmap(max, [(1, 9), (4, 2)]))
    got = []
    r = pool.map_async(fetch, ["/page/1", "/page/2"], callback=got.append)
    r.wait()
    print(r.get(), got)
    errors = []
    r = pool.apply_async(fetch, ("/nope",), error_callback=errors.append)
    try:
        r.get()
    except KeyError as e:
        print("KeyError", e, r.successful(), [type(x).__name__ for x in errors])
    r = pool.apply_async(slow, (0.2,))
    try:
        r.get(timeout=0.01)
    except TimeoutError:
        print("not yet, ready:", r.ready())
    try:
        r.successful()
    except ValueError:
        print("successful() before ready raises ValueError")
    print(r.get())
    it = pool.imap(slow, [0.2])
    try:
        it.next(timeout=0.01)
    except TimeoutError:
        print("imap item late")
    print(it.next())
    try:
        pool.imap(fetch, [], 0)
    except ValueError as e:
        print(e)
    try:
        pool.join()
    except ValueError as e:
        print(e)
print(len(seen))

with ThreadPool(2, initializer=init, initargs=("w",)) as pool:
    print(set(pool.map(tag_of, range(6))))
    pool.close()
    pool.join()
    print(pool)

for bad in (0, -1):
    try:
        ThreadPool(bad)
    except ValueError as e:
        print(e)
try:
    ThreadPool(1, initializer=5)
except TypeError as e:
    print(e)
