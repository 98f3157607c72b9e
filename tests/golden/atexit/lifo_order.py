import atexit


def bye(name, punctuation="!"):
    print(f"goodbye {name}{punctuation}")


atexit.register(bye, "first")
atexit.register(bye, "second", punctuation="?")
atexit.register(bye, name="third")
print("main body done")
