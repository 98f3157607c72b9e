# A Python handler for SIGINT replaces KeyboardInterrupt; default_int_handler brings it back.
import signal

hits = []


def on_int(signum, frame):
    hits.append(signum)


print(signal.signal(signal.SIGINT, on_int))
for _ in range(2):
    signal.raise_signal(signal.SIGINT)
print("hits", hits)
print(signal.signal(signal.SIGINT, signal.default_int_handler) is on_int)
try:
    signal.raise_signal(signal.SIGINT)
    print("no")
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
print(signal.signal(signal.SIGINT, signal.SIG_IGN))
signal.raise_signal(signal.SIGINT)
print("ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
