"""Utilities to get a password and the current user name, as CPython 3.11's getpass:
the prompt and the reading go to /dev/tty with echo off; without a terminal, to stderr
and stdin, with GetPassWarning and a note that the input may be echoed."""

import io
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def unix_getpass(prompt="Password: ", stream=None):
    """Prompt for a password, with echo turned off."""
    import termios
    source = None
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
        source = io.TextIOWrapper(io.FileIO(fd, "w+"))
        own = source
        if not stream:
            stream = source
    except OSError:
        own = None
        try:
            fd = sys.stdin.fileno()
        except (AttributeError, ValueError):
            fd = None
            password = fallback_getpass(prompt, stream)
        source = sys.stdin
        if not stream:
            stream = sys.stderr
    try:
        if fd is not None:
            password = None
            try:
                saved = termios.tcgetattr(fd)
                quiet = saved[:]
                quiet[3] &= ~termios.ECHO
                try:
                    termios.tcsetattr(fd, termios.TCSAFLUSH, quiet)
                    password = _raw_input(prompt, stream, source)
                finally:
                    termios.tcsetattr(fd, termios.TCSAFLUSH, saved)
                    stream.flush()
            except termios.error:
                if password is not None:
                    raise
                if own is not None and stream is not own:
                    own.close()
                    own = None
                password = fallback_getpass(prompt, stream)
        stream.write("\n")
        return password
    finally:
        if own is not None:
            own.close()


def fallback_getpass(prompt="Password: ", stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt="", stream=None, source=None):
    if not stream:
        stream = sys.stderr
    if not source:
        source = sys.stdin
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    line = source.readline()
    if not line:
        raise EOFError
    if line[-1] == "\n":
        line = line[:-1]
    return line


def getuser():
    """Get the username from the environment or password database."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    import pwd
    return pwd.getpwuid(os.getuid())[0]


getpass = unix_getpass
