"""Functions to call when the interpreter exits: `register` and `unregister` keep the list,
and corun's shutdown calls them, last registered first, after the main module has finished
(or raised, or called sys.exit) and before the final collection."""

from _atexit import _run_exitfuncs

# (func, args, ((keyword, value), ...)) for each registration, in the order made.
_handlers = []


def register(*args, **kwargs):
    """Register FUNC to be called with ARGS and KWARGS at exit; returns FUNC, so that it can
    be used as a decorator."""
    # The counts are worded as CPython's C function words them.
    if not args:
        raise TypeError("register() takes at least 1 argument (0 given)")
    func, args = args[0], args[1:]
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, tuple(kwargs.items())))
    return func


def unregister(*args):
    """Remove every registration of FUNC (compared with ==)."""
    if len(args) != 1:
        raise TypeError(f"atexit.unregister() takes exactly one argument ({len(args)} given)")
    func = args[0]
    _handlers[:] = [h for h in _handlers if not (h[0] == func)]


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)
