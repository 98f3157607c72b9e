# What leaves a try/except*: the unhandled rest, bare re-raises and new exceptions.
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e))
        for x in getattr(e, "exceptions", ()):
            print("   ", repr(x), "context:", repr(x.__context__))
    else:
        print("nothing raised")

def all_handled():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass

def bare_reraise():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* KeyError:
        pass

def new_exception():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")

def only_new():
    try:
        raise ExceptionGroup("a", [ValueError(1)])
    except* ValueError:
        raise KeyError("alone")

def naked_reraise():
    try:
        raise ValueError("n")
    except* ValueError:
        raise

def naked_unmatched():
    try:
        raise ValueError("n")
    except* TypeError:
        print("not here")

def naked_new():
    try:
        raise ValueError("n")
    except* ValueError:
        raise TypeError("t")

def two_new():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise KeyError("k2")

def raise_match():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e

for f in [all_handled, bare_reraise, new_exception, only_new, naked_reraise,
          naked_unmatched, naked_new, two_new, raise_match]:
    print(f.__name__ + ":")
    show(f)
