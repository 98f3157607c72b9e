import signal
import time

fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
print(signal.alarm(0))
print(signal.alarm(1000))
print(900 <= signal.alarm(0) <= 1000)
signal.alarm(1)
signal.pause()
print("fired", fired)
