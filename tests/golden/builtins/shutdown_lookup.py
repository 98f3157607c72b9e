# A generator left suspended is closed when the program ends; its cleanup code then looks up
# a name that does not exist.
def worker():
    try:
        yield "working"
    finally:
        try:
            print(undefined_at_exit)
        except NameError as e:
            print("NameError at exit:", e)


g = worker()
print(next(g))
