# __context__ is set where an exception is raised while another is handled: in a function
# called from the handler, in a finally block, in __exit__, and raising an exception object
# again replaces its context.
import sys


def chain(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    return names


def parse(text):
    try:
        return int(text)
    except ValueError:
        return None


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        # Raised and caught inside a call made while KeyError is handled.
        try:
            raise LookupError(key)
        except LookupError as e:
            return chain(e)


print(lookup({}, "k"))

try:
    raise KeyError("outer")
except KeyError:
    print(parse("x"), chain(sys.exc_info()[1]))
    def inner():
        try:
            raise ValueError("inner")
        except ValueError as e:
            return e
    print(chain(inner()))


def cleanup_fails():
    try:
        raise OSError("write failed")
    finally:
        raise RuntimeError("cleanup failed")


try:
    cleanup_fails()
except RuntimeError as e:
    print(chain(e))


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("in __exit__:", repr(sys.exc_info()[1]))
        raise TimeoutError("exit failed")


try:
    with Manager():
        raise ConnectionError("body failed")
except TimeoutError as e:
    print(chain(e))

saved = ValueError("saved")
try:
    raise KeyError("first")
except KeyError:
    try:
        raise saved
    except ValueError:
        pass
try:
    raise IndexError("second")
except IndexError:
    try:
        raise saved
    except ValueError as e:
        print(chain(e))

# A context cleared on purpose stays cleared.
def quiet():
    try:
        raise KeyError("hidden")
    except KeyError:
        exc = AttributeError("shown")
        try:
            raise exc
        finally:
            exc.__context__ = None


try:
    quiet()
except AttributeError as e:
    print(chain(e), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
except ZeroDivisionError as e:
    print(chain(e))
