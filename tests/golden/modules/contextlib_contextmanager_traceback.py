from contextlib import contextmanager

@contextmanager
def step(n):
    print("begin", n)
    try:
        yield n
    finally:
        print("end", n)

def work():
    with step(1):
        raise RuntimeError("failed in step")

work()
