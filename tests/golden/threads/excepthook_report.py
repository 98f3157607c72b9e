# An exception that ends a thread is reported on stderr; a custom excepthook sees it.
import threading


def fails():
    raise ValueError("bad value in worker")


t = threading.Thread(target=fails, name="Worker")
t.start()
t.join()
print("main continues, alive:", t.is_alive())

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=fails, name="Hooked")
t.start()
t.join()
print(seen)
threading.excepthook = threading.__excepthook__


def exits():
    raise SystemExit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is quiet")
t = threading.Thread(target=lambda: 1 / 0, name="Last")
t.start()
t.join()
