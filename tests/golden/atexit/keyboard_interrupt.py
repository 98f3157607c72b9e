import atexit

atexit.register(print, "runs after an error in main too")


def main():
    raise KeyError("missing")


main()
