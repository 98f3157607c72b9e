# A coroutine kept in a global and never awaited: CPython warns when it is destroyed at exit.
async def forgotten():
    print("never printed")


pending = forgotten()
print("made", pending)
print("exiting")
