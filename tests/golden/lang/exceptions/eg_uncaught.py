# An uncaught exception group is printed in boxes.
def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError("two"), ExceptionGroup("inner", [KeyError("k"), ZeroDivisionError("z")])])

def g():
    try:
        f()
    except* ValueError as e:
        print("caught", repr(e))
    except* KeyError:
        print("key")
        raise

g()
