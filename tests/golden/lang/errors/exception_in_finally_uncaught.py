# An uncaught exception raised in finally while another is in flight.
def f():
    try:
        1 / 0
    finally:
        print("cleaning up")
        [].pop()


f()
