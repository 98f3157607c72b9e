class Meta(type):
    def __call__(cls, *args):
        if args and args[0] < 0:
            raise ValueError(f"{cls.__name__} needs a non-negative value")
        return super().__call__(*args)


class Amount(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(Amount(3).v)
for bad in [lambda: type.__new__(int, "X", (), {}), lambda: type("X", (1,), {}),
            lambda: type("X", (), []), lambda: Meta(1, (), {})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
Amount(-1)
