# Thread objects: names, identity, daemon flags, and the errors CPython gives.
import threading

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.current_thread().daemon)
t = threading.Thread(target=print, args=("hello from", "thread"))
print(t.name.startswith("Thread-"), t.name.endswith("(print)"))
print(t.ident is None, t.is_alive())
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join()
print(isinstance(t.ident, int), t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

names = []


def who():
    me = threading.current_thread()
    names.append((me.name, me.ident == threading.get_ident(), me is not threading.main_thread()))


w = threading.Thread(target=who, name="custom")
w.start()
w.join()
print(names)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start()
d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)


class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"my-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 2


ts = [MyThread(i) for i in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print([(x.name, x.result) for x in ts])
print(len(threading.enumerate()), threading.active_count())
print(threading.get_ident() == threading.main_thread().ident)
print(threading.TIMEOUT_MAX > 1e9)
