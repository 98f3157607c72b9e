"""`Task.get_stack()` and `Task.print_stack()`: the frames of a task's coroutine (where it is
suspended), or those of the traceback of the exception it ended with."""

import sys
import traceback
import _traceback


def get_stack(task, limit=None):
    frames = []
    coro = task.get_coro()
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    if frame is not None:
        while frame is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(frame)
            frame = frame.f_back
        frames.reverse()
        return frames
    exc = _exception_of(task)
    if exc is not None:
        tb = exc.__traceback__
        while tb is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _exception_of(task):
    if task.done() and not task.cancelled():
        return task.exception()
    return None


def print_stack(task, limit=None, file=None):
    if file is None:
        file = sys.stderr
    entries = []
    for frame in get_stack(task, limit=limit):
        lineno = frame.f_lineno
        code = frame.f_code
        line = _traceback.getline(code.co_filename, lineno)
        entries.append((code.co_filename, lineno, code.co_name, line))
    exc = _exception_of(task)
    if not entries:
        print(f"No stack for {task!r}", file=file)
    elif exc is not None:
        print(f"Traceback for {task!r} (most recent call last):", file=file)
    else:
        print(f"Stack for {task!r} (most recent call last):", file=file)
    traceback.print_list(entries, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(type(exc), exc):
            print(line, file=file, end="")
