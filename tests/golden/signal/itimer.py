import signal
import time

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
print(signal.setitimer(signal.ITIMER_REAL, 0.2, 0.1))
delay, interval = signal.getitimer(signal.ITIMER_REAL)
print(0 < delay <= 0.2, interval)
while len(ticks) < 3:
    time.sleep(0.05)
print(len(ticks), ticks[0])
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(0 <= delay <= 0.1, interval, signal.getitimer(signal.ITIMER_REAL))
try:
    signal.setitimer(99, 1)
except OSError as e:
    print(isinstance(e, signal.ItimerError), e)
