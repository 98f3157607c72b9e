# A class's __name__ and __qualname__ can be renamed with strings only, and the attributes
# the type keeps itself cannot be deleted.


class Handler:
    """Handles things."""


Handler.__qualname__ = "Outer.Handler"
Handler.__name__ = "RenamedHandler"
print(Handler.__qualname__, Handler.__name__)

for attr, value in [("__qualname__", 42), ("__name__", None)]:
    try:
        setattr(Handler, attr, value)
    except TypeError as e:
        print("TypeError:", e)

for attr in ["__qualname__", "__name__", "__module__", "__doc__"]:
    try:
        delattr(Handler, attr)
    except TypeError as e:
        print("TypeError:", e)
try:
    del int.__qualname__
except TypeError as e:
    print("TypeError:", e)
print(Handler.__qualname__, Handler.__doc__)
