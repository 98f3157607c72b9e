# A custom threading.excepthook sees the exception that ended a thread, and the thread;
# SystemExit ends a thread quietly.
import threading


def fails():
    raise ValueError("bad value in worker")


seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
    print("traceback given:", args.exc_traceback is not None)


threading.excepthook = hook
t = threading.Thread(target=fails, name="Hooked")
t.start()
t.join()
print(seen)
print("main continues, alive:", t.is_alive())
threading.excepthook = threading.__excepthook__


def exits():
    raise SystemExit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is quiet")
print(threading.excepthook is threading.__excepthook__)
