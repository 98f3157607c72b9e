# Timer runs a function later unless cancelled first.
import threading
import time

fired = []
t1 = threading.Timer(0.01, fired.append, args=("first",))
t2 = threading.Timer(0.05, fired.append, args=("second",))
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired)
t3 = threading.Timer(0.01, lambda **kw: fired.append(kw), kwargs={"k": 1})
t3.start()
t3.join()
print(fired)
print(t3.is_alive(), t3.finished.is_set())
