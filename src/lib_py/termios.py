"""POSIX terminal control: tcgetattr and tcsetattr over the native `_termios`, with
CPython's list shape and `termios.error`."""

import _termios
from _termios import *  # noqa: F401,F403  (the constants)


class error(Exception):
    pass


def _fd(fd):
    if not isinstance(fd, int):
        if not hasattr(fd, "fileno"):
            raise TypeError("argument must be an int, or have a fileno() method.")
        fd = fd.fileno()
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _call(fn, *args):
    try:
        return fn(*args)
    except OSError as e:
        raise error(e.errno, e.strerror) from None


def tcgetattr(fd, /):
    """Get the tty attributes for file descriptor fd."""
    iflag, oflag, cflag, lflag, ispeed, ospeed, cc = _call(_termios.tcgetattr, _fd(fd))
    chars = [bytes([c]) for c in cc]
    if not lflag & ICANON:
        # In non-canonical mode VMIN and VTIME are counts, not characters.
        chars[VMIN] = cc[VMIN]
        chars[VTIME] = cc[VTIME]
    return [iflag, oflag, cflag, lflag, ispeed, ospeed, chars]


def tcsetattr(fd, when, attributes, /):
    """Set the tty attributes for file descriptor fd."""
    if not isinstance(attributes, list) or len(attributes) != 7:
        raise TypeError("tcsetattr, arg 3: must be 7 element list")
    fd = _fd(fd)
    _call(_termios.tcgetattr, fd)
    iflag, oflag, cflag, lflag, ispeed, ospeed, chars = attributes
    if not isinstance(chars, list) or len(chars) != NCCS:
        raise TypeError("tcsetattr: attributes[6] must be %d element list" % NCCS)
    cc = bytes(c if isinstance(c, int) else c[0] for c in chars)
    _call(_termios.tcsetattr, fd, when, iflag, oflag, cflag, lflag, ispeed, ospeed, cc)
