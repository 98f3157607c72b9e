# SIG_IGN makes a signal harmless; SIG_DFL restores the default; a handler may end the
# program with SystemExit.
import os
import signal

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
for _ in range(3):
    os.kill(os.getpid(), signal.SIGUSR1)
print("still here")
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
print(signal.getsignal(signal.SIGUSR1))
import sys
signal.signal(signal.SIGTERM, lambda s, f: sys.exit(f"terminated by {signal.Signals(s).name}"))
while True:
    os.kill(os.getpid(), signal.SIGTERM)
