"""signal: the handlers of signals, over `_signal`, with the numbers as the enums `Signals`,
`Handlers` and `Sigmasks` (as CPython's module shows them)."""

import _signal
from _signal import *
from enum import IntEnum

__all__ = None


def _members(keep):
    # One name per number is the member; the others are its aliases. CPython orders them by
    # number, then name, so the name first in alphabetical order wins (SIGABRT, not SIGIOT).
    pairs = sorted((getattr(_signal, k), k) for k in dir(_signal) if keep(k))
    return {k: v for v, k in pairs}


Signals = IntEnum("Signals", _members(
    lambda n: n.startswith("SIG") and not n.startswith("SIG_") or n.startswith("CTRL_")),
    module="signal")
Handlers = IntEnum("Handlers", _members(lambda n: n in ("SIG_DFL", "SIG_IGN")), module="signal")
Sigmasks = IntEnum("Sigmasks", _members(
    lambda n: n in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK")), module="signal")
for _cls in (Signals, Handlers, Sigmasks):
    for _name, _member in _cls._member_map_.items():
        globals()[_name] = _member
del _cls, _name, _member


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


# CPython's ItimerError is a subclass of OSError; corun's setitimer raises OSError itself.
ItimerError = OSError


def _missing(name):
    def missing(*args, **kwargs):
        raise NotImplementedError("signal." + name + " is not supported by corun")
    missing.__name__ = missing.__qualname__ = name
    return missing


for _name in ("set_wakeup_fd", "siginterrupt", "pthread_kill", "pthread_sigmask", "sigpending",
              "sigwait", "sigwaitinfo", "sigtimedwait", "pidfd_send_signal"):
    globals()[_name] = _missing(_name)
del _name, __all__
