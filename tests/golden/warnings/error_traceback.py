# An "error" filter turns a warning into an exception with a traceback.
import warnings

warnings.simplefilter("error", DeprecationWarning)


def config(value):
    if value is None:
        warnings.warn("None is deprecated, pass 0", DeprecationWarning)
    return value or 0


print(config(1))
config(None)
