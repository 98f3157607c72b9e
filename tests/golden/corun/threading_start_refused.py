# corun runs one thread: starting a thread raises NotImplementedError naming it (CPython would
# run the target on a new thread).
import threading


def worker():
    print("never printed")


t = threading.Thread(target=worker)
print(t.name, t.is_alive())
t.start()
