# The _thread module: start_new_thread with a lock to wait for the thread's end.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()
out = []


def work(a, b, *, scale=1):
    out.append((a + b) * scale)
    out.append(_thread.get_ident() != main_ident)
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(work, (1, 2), {"scale": 10})
print(isinstance(ident, int))
done.acquire()
print(out)
time.sleep(0.01)
print(_thread._count())
for bad in [(1, ()), (work, [1]), (work, (), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
lk = _thread.allocate_lock()
print(repr(lk).startswith("<unlocked _thread.lock object"))
with lk:
    print(repr(lk).startswith("<locked _thread.lock object"))
print(_thread.LockType is type(lk), _thread.error is RuntimeError)
