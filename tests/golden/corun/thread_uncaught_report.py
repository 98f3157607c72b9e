# An exception that ends a thread is reported on stderr by threading.excepthook, under
# "Exception in thread NAME:", as CPython reports it; the thread's start inside threading
# (CPython shows its threading.py frames there) is left out of the traceback, as C frames are.
import threading


def fails():
    raise ValueError("bad value in worker")


t = threading.Thread(target=fails, name="Worker")
t.start()
t.join()
print("main continues, alive:", t.is_alive())
t = threading.Thread(target=lambda: 1 / 0, name="Last")
t.start()
t.join()
