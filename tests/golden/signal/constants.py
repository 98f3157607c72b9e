import signal

for name in ["SIGHUP", "SIGINT", "SIGQUIT", "SIGKILL", "SIGUSR1", "SIGUSR2", "SIGPIPE",
             "SIGALRM", "SIGTERM", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGWINCH"]:
    s = getattr(signal, name)
    print(name, int(s), repr(s), str(s), s.name, s.value, f"{s:>4}")
print(signal.NSIG, repr(signal.SIGRTMIN), repr(signal.SIGRTMAX))
print(signal.SIGINT == 2, isinstance(signal.SIGINT, int), signal.SIGINT + 1)
print(type(signal.SIGTERM), type(signal.SIGTERM).__name__)
