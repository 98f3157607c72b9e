# A handler runs during time.sleep and the sleep goes on; one that raises ends it.
import signal
import time

seen = []
signal.signal(signal.SIGALRM, lambda s, f: seen.append(time.monotonic() - start))
start = time.monotonic()
signal.alarm(1)
time.sleep(3)
# The handler ran during the sleep, after a second (or a little more on a loaded machine).
print("slept", round(time.monotonic() - start, 1) >= 3, [1 <= t < 3 for t in seen])


class Timeout(Exception):
    pass


def expire(signum, frame):
    raise Timeout("too slow")


signal.signal(signal.SIGALRM, expire)
signal.alarm(1)
start = time.monotonic()
try:
    time.sleep(30)
except Timeout as e:
    print(e, 1 <= time.monotonic() - start < 20)
