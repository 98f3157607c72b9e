# An exception raised by a handler comes out where the program was.
import signal


class Shutdown(Exception):
    pass


def handler(signum, frame):
    raise Shutdown(f"signal {signum}")


signal.signal(signal.SIGUSR2, handler)
try:
    total = 0
    for i in range(10):
        total += i
        if i == 4:
            signal.raise_signal(signal.SIGUSR2)
        print("step", i)
except Shutdown as e:
    print("caught", e, "total", total)

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.raise_signal(signal.SIGUSR2)
print("not reached")
