# A handler runs during time.sleep and the sleep goes on; one that raises ends it.
import signal
import time

seen = []
signal.signal(signal.SIGALRM, lambda s, f: seen.append(round(time.monotonic() - start)))
start = time.monotonic()
signal.alarm(1)
time.sleep(1.5)
print("slept", round(time.monotonic() - start, 1) >= 1.5, seen)


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
    print(e, round(time.monotonic() - start))
