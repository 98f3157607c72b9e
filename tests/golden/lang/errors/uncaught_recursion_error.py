# Unbounded recursion ends in RecursionError; the repeated frames are summarized.
def down(n):
    return down(n + 1)


def start():
    return down(0)


try:
    start()
except RecursionError as e:
    print("caught:", e)
start()
