import signal

for s in [signal.SIGHUP, signal.SIGINT, signal.SIGKILL, signal.SIGSEGV, signal.SIGTERM,
          signal.SIGUSR1, signal.SIGCHLD, signal.SIGRTMIN]:
    print(int(s), signal.strsignal(s))
print(signal.strsignal(33))
v = signal.valid_signals()
print(type(v).__name__, len(v), signal.SIGINT in v, 32 in v, 64 in v)
print(sorted(v)[:4], all(isinstance(x, int) for x in v))
