# Opening a variable number of resources with ExitStack, closing them in reverse order,
# and what happens when a close fails or an exception is suppressed.
import contextlib
import io
import os
import sys
import tempfile


class Resource:
    def __init__(self, name, log, fail_on_close=False):
        self.name, self.log, self.fail = name, log, fail_on_close

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, kind, value, tb):
        self.log.append(f"close {self.name} ({kind.__name__ if kind else 'ok'})")
        if self.fail:
            raise OSError(f"cannot close {self.name}")
        return False


log = []
with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback ran")
    log.append("working with " + ",".join(r.name for r in rs))
print(log)

# A failure while closing: the other resources are still closed, the error chains.
log = []
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource("db", log))
        stack.enter_context(Resource("cache", log, fail_on_close=True))
        stack.enter_context(Resource("file", log))
        raise ValueError("bad record")
except OSError as e:
    print("OSError:", e, "| context:", repr(e.__context__))
print(log)

# pop_all hands the resources to someone else; close() runs them later.
log = []
with contextlib.ExitStack() as stack:
    stack.enter_context(Resource("kept", log))
    later = stack.pop_all()
log.append("stack left")
later.close()
print(log)

# push of a callable that suppresses.
def swallow(kind, value, tb):
    print("swallowing", kind.__name__)
    return True

with contextlib.ExitStack() as stack:
    stack.push(swallow)
    raise KeyError("gone")
print("after the suppressed KeyError")

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)

# Chained exceptions from several callbacks keep the order nested `with`s would give.
def raiser(exc):
    raise exc

def chain(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    return names

try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser, IndexError)
        stack.callback(raiser, KeyError)
        stack.callback(raiser, AttributeError)
        stack.push(lambda *exc: True)
        stack.callback(raiser, ValueError)
        1 / 0
except IndexError as e:
    print(chain(e))

# redirect_stdout / redirect_stderr, nested, and as a decorator.
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("to the buffer")
    with contextlib.redirect_stderr(sys.stdout):
        print("stderr into the buffer too", file=sys.stderr)
print(repr(buf.getvalue()))

try:
    contextlib.redirect_stdout(io.StringIO())(print)
except TypeError as e:
    print("TypeError:", e)

# suppress, nullcontext, closing, chdir.
with contextlib.suppress(FileNotFoundError):
    os.remove("/nonexistent/file/here")
print("suppressed")
with contextlib.nullcontext("value") as v:
    print(v)

class Conn:
    def close(self):
        print("conn closed")

with contextlib.closing(Conn()):
    print("using conn")

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d):
        print(os.getcwd() == os.path.realpath(d))
    print(os.getcwd() == start)

# ContextDecorator and contextmanager used as decorators.
class timed(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False

@timed()
def work(x):
    return x * 2

print(work(21))

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield name
    print(f"</{name}>")

@tag("p")
def para():
    print("text")

para()
para()
print(issubclass(Conn, contextlib.AbstractContextManager),
      issubclass(timed, contextlib.AbstractContextManager))
