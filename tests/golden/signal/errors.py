import signal


def attempt(f, *args):
    try:
        print("ok", f(*args))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


attempt(signal.signal, 0, signal.SIG_DFL)
attempt(signal.signal, signal.NSIG, signal.SIG_DFL)
attempt(signal.signal, -1, signal.SIG_IGN)
attempt(signal.signal, signal.SIGTERM, 2)
attempt(signal.signal, signal.SIGTERM, "handler")
attempt(signal.signal, signal.SIGTERM, None)
attempt(signal.signal, "SIGTERM", signal.SIG_IGN)
attempt(signal.signal, signal.SIGKILL, signal.SIG_IGN)
attempt(signal.signal, signal.SIGSTOP, lambda s, f: None)
attempt(signal.getsignal, 0)
attempt(signal.getsignal, 1000)
attempt(signal.strsignal, 0)
attempt(signal.raise_signal, 0)
attempt(signal.raise_signal, 200)
attempt(signal.signal, signal.SIGTERM)
attempt(signal.default_int_handler, 2, None)
