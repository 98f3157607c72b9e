# `raise Cls` builds the exception by calling the class: __init__ and __new__ run,
# an error in them replaces the raise, and a __new__ that returns something else is refused.


class ConfigError(Exception):
    def __init__(self):
        super().__init__("config missing")
        print("ConfigError.__init__ ran")


class Misconfigured(Exception):
    def __init__(self):
        missing_setting  # noqa: F821


class Legacy(BaseException):
    pass


class Factory(Exception):
    def __new__(cls, *args):
        print("Factory.__new__", args)
        return Legacy("made by factory")


class Broken(Exception):
    def __new__(cls, *args):
        return 42


def load(step):
    if step == 1:
        raise ConfigError
    if step == 2:
        raise Misconfigured
    if step == 3:
        raise Factory
    raise Broken


for step in range(1, 5):
    try:
        load(step)
    except BaseException as e:
        print(step, type(e).__name__, e)


def reraise_current():
    # A bare raise in a function called from an except block re-raises what the caller handles.
    raise


try:
    try:
        {}["key"]
    except KeyError:
        reraise_current()
except KeyError as e:
    print("re-raised", repr(e))

try:
    reraise_current()
except RuntimeError as e:
    print("RuntimeError:", e)


def worker():
    yield "ready"


w = worker()
next(w)
try:
    w.throw(Broken)
except TypeError as e:
    print("throw:", e)
w = worker()
next(w)
try:
    w.throw(ConfigError)
except ConfigError as e:
    print("throw:", repr(e))
