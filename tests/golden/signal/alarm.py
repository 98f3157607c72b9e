import signal
import time

fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
print(signal.alarm(0))
print(signal.alarm(5))
print(signal.alarm(0) in (4, 5))
signal.alarm(1)
signal.pause()
print("fired", fired)
