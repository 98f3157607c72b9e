# What getsignal says before anything is changed.
import signal

print(signal.getsignal(signal.SIGINT))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
for name in ["SIGTERM", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGQUIT"]:
    h = signal.getsignal(getattr(signal, name))
    print(name, repr(h), h is signal.SIG_DFL)
print("SIGPIPE", repr(signal.getsignal(signal.SIGPIPE)))
print(type(signal.SIG_DFL).__name__, int(signal.SIG_DFL), int(signal.SIG_IGN))
print(list(signal.Handlers))
