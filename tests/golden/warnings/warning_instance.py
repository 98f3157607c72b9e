# A Warning instance as the message: its class is the category.
import warnings


class MyWarning(UserWarning):
    pass


warnings.warn(MyWarning("custom instance"))
warnings.warn("custom category", MyWarning)
warnings.warn(UserWarning("category ignored"), RuntimeWarning)
try:
    warnings.warn("bad", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)
