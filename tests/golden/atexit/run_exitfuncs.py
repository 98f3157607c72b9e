import atexit

calls = []
atexit.register(calls.append, "one")
atexit.register(calls.append, "two")
atexit._run_exitfuncs()
print(calls)
atexit._run_exitfuncs()
print(calls)


def at_exit():
    print("registered after the early run, still runs at exit")


atexit.register(at_exit)
print("end of main")
