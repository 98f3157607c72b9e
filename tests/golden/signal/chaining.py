# Handlers that call the handler they replaced.
import signal

log = []


def install(name):
    prev = signal.getsignal(signal.SIGUSR1)

    def handler(signum, frame):
        log.append(name)
        if callable(prev):
            prev(signum, frame)

    old = signal.signal(signal.SIGUSR1, handler)
    assert old is prev or old == prev
    return handler


install("first")
install("second")
third = install("third")
signal.raise_signal(signal.SIGUSR1)
print(log)
print(signal.getsignal(signal.SIGUSR1) is third)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(log)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
