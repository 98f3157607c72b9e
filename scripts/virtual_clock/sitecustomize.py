"""CPython on a virtual clock, as `corun --virtual-time` runs a script.

A golden test whose first line is `# corun-args: --virtual-time` runs under corun with that
option, and under python3 with this folder on PYTHONPATH (tests/golden.rs and
scripts/regen-golden do it), so that both sides run on the same clock and the expected files
depend on the program alone, not on how loaded the machine is.

The clock starts at 0 and moves only when the program waits: `time.sleep(s)` moves it on by `s`
at once, and an event loop with nothing ready jumps it to its next timer instead of waiting.
`time.monotonic()`, `time.perf_counter()` (and their `_ns` forms) and `loop.time()` read it;
`time.time()` reads 2024-01-01 00:00:00 UTC plus it, and so do `gmtime()`, `localtime()`,
`ctime()`, `asctime()` and `strftime()` without a time, as under corun (README.md, "Seeing
time"). A loop with no timer and nothing ready waits as CPython's does.

Two timers due at the same moment are a tie CPython's timer heap breaks arbitrarily (on the
real clock they are apart by the time between the calls that set them, and corun's virtual
clock breaks ties in that order): the script cannot run on a virtual clock, and python3 stops
with a message and status 97.
"""

import os
import selectors
import sys
import time

_EPOCH = 1704067200.0
_clock = [0.0]


def _now():
    return _clock[0]


def _advance(seconds):
    if seconds > 0:
        _clock[0] += seconds


def _sleep(seconds):
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    _advance(seconds)


def _wall(secs=None):
    return _EPOCH + _clock[0] if secs is None else secs


_gmtime, _localtime, _ctime, _strftime = time.gmtime, time.localtime, time.ctime, time.strftime
_asctime = time.asctime

time.monotonic = _now
time.perf_counter = _now
time.monotonic_ns = lambda: int(_clock[0] * 1e9)
time.perf_counter_ns = time.monotonic_ns
time.time = lambda: _EPOCH + _clock[0]
time.time_ns = lambda: int((_EPOCH + _clock[0]) * 1e9)
time.sleep = _sleep
time.gmtime = lambda secs=None: _gmtime(_wall(secs))
time.localtime = lambda secs=None: _localtime(_wall(secs))
time.ctime = lambda secs=None: _ctime(_wall(secs))
time.asctime = lambda t=None: _asctime(_localtime(_wall()) if t is None else t)
time.strftime = lambda fmt, t=None: _strftime(fmt, _localtime(_wall()) if t is None else t)


def _check_ties(until):
    """Stops python3 if two timers of the running loop fall due together by `until`."""
    aio = sys.modules.get("asyncio")
    loop = aio and aio.events._get_running_loop()
    live = sorted(h.when() for h in getattr(loop, "_scheduled", ()) if not h.cancelled())
    if len(live) >= 2 and live[1] <= until and live[0] == live[1]:
        sys.stdout.flush()
        sys.stderr.write(
            f"virtual clock: two timers fall due together at {live[0]!r}; CPython orders them "
            "arbitrarily, so this script cannot run on a virtual clock\n"
        )
        sys.stderr.flush()
        os._exit(97)


class _VirtualSelector(selectors.DefaultSelector):
    """What is ready now; with nothing ready, the clock jumps by the timeout."""

    def select(self, timeout=None):
        ready = super().select(0)
        if ready or timeout is None:
            return ready or super().select(None)
        _check_ties(_clock[0] + timeout)
        _advance(timeout)
        return []


selectors.DefaultSelector = _VirtualSelector
