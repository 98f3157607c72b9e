from contextlib import contextmanager

@contextmanager
def empty():
    if False:
        yield

try:
    with empty():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
