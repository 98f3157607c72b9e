# The TypeErrors and ValueErrors of complex().
class BadComplex:
    def __complex__(self):
        return 1.5


cases = [
    lambda: complex("1", 2),
    lambda: complex(1, "2"),
    lambda: complex([]),
    lambda: complex(None),
    lambda: complex(1, []),
    lambda: complex(1, None),
    lambda: complex(BadComplex()),
    lambda: complex(10**400),
    lambda: complex(1, 2, 3),
    lambda: complex(x=1),
    lambda: complex("1+2j", imag=1),
]
for c in cases:
    try:
        print(c())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
