# A coroutine made and dropped at once (a bare call statement) is destroyed right there:
# the warning names the line, and the program goes on.
async def f():
    print("never printed")


def caller():
    f()
    print("after the bare call")


caller()
print("end")
