import signal

print(repr(signal.Signals(2)), repr(signal.Signals["SIGTERM"]))
# Aliases share a member: the first name in alphabetical order is the member's name.
print(repr(signal.Signals(6)), repr(signal.SIGIOT), signal.SIGIOT is signal.SIGABRT)
print(repr(signal.SIGCLD), repr(signal.SIGPOLL))
try:
    signal.Signals(99)
except ValueError as e:
    print("ValueError:", e)
print(signal.Signals.SIGHUP in signal.Signals, len(list(signal.Signals)))
print(sorted(s.name for s in signal.Signals)[:5])
print(repr(signal.Handlers(0)), repr(signal.Handlers.SIG_IGN))
print({signal.SIGINT: "int", signal.SIGTERM: "term"}[2])
