import atexit

for call in [lambda: atexit.register(42), lambda: atexit.register(), lambda: atexit.unregister()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
atexit._clear()
print(atexit._ncallbacks())
