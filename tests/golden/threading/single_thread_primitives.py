# What a one-thread program does with threading: its thread, locks, events, conditions, semaphores, local data.
import threading, queue
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
t = threading.current_thread()
print(t.name, threading.main_thread() is t, threading.active_count(), threading.get_ident() > 0, t.is_alive())
def work(n): return n * n
th = threading.Thread(target=work, args=(3,))
print(th.name, th.daemon, th.is_alive(), th.ident, repr(th))
l = threading.Lock(); print(l.acquire(), l.acquire(False), l.locked()); l.release()
try: l.release()
except RuntimeError as e: print(e)
with l: print("in lock", l.locked())
print(l.acquire(timeout=0.01) , l.acquire(timeout=0.01)); l.release()
r = threading.RLock(); r.acquire(); r.acquire(); r.release(); r.release()
try: r.release()
except RuntimeError as e: print(e)
e = threading.Event(); print(e.is_set(), e.wait(0.01)); e.set(); print(e.wait())
c = threading.Condition()
with c:
    print(c.wait(0.01), c.wait_for(lambda: 5, timeout=1))
    c.notify_all()
s = threading.BoundedSemaphore(2); s.acquire(); s.release()
try: s.release()
except ValueError as ex: print(ex)
