# BaseExceptionGroup of non-Exception members is not caught by except Exception.
def f():
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])

try:
    try:
        f()
    except Exception:
        print("not here")
except BaseExceptionGroup as e:
    print("outer:", repr(e))

try:
    f()
except* KeyboardInterrupt as e:
    print("ki:", repr(e))
except* ValueError as e:
    print("val:", repr(e))
