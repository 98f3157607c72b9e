# A small "units" library converts whatever the caller passes into an int, the way int() does:
# text and bytes of every kind, numbers, and objects that say how through __int__, __index__
# or (deprecated) __trunc__.
import warnings


class Celsius(str):
    """A reading as text, tagged with its unit."""


class Packet(bytes):
    pass


class Buffer(bytearray):
    pass


class Ticket:
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return self.n


class Slot:
    def __index__(self):
        return 7


class Legacy:
    """Old code that only knew about math.trunc."""

    def __trunc__(self):
        return 42


class LegacyViaIndex:
    def __trunc__(self):
        return Slot()


class LegacyBroken:
    def __trunc__(self):
        return LegacyBroken()


class FlagInt:
    def __int__(self):
        return True


class FlagIndex:
    def __index__(self):
        return False


class Precise(float):
    def __index__(self):
        return 99


class Counter(int):
    def __index__(self):
        return 1000


def convert(x, *base):
    try:
        r = int(x, *base)
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"
    return f"{r!r} ({type(r).__name__})"


samples = [
    Celsius("100"), Packet(b"100"), Buffer(b"100"), memoryview(b"100"), b"100",
    bytearray(b"  12  "), Celsius(" -7 "),
]
for s in samples:
    print(type(s).__name__, convert(s), convert(s, 2), convert(s, 16))

print(convert(Packet(b"zz")), convert(Buffer(b"1_000")), convert(Celsius("0x1f"), 0))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for obj in [Ticket(12), Slot(), Legacy(), LegacyViaIndex(), LegacyBroken(), FlagInt(),
                FlagIndex(), Precise(3.9), Counter(5)]:
        print(type(obj).__name__, convert(obj))
for w in caught:
    print(w.category.__name__, w.message)
