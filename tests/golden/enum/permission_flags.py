# File permissions and feature switches as Flag / IntFlag, the way a small tool keeps them.
from enum import Flag, IntFlag, auto, CONFORM, EJECT, KEEP, STRICT


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


def describe(p):
    return f"{p!r:22} str={str(p):22} bool={bool(p)!s:5} len={len(p)} members={[m.name for m in p]}"


for p in (Perm.READ, Perm.READ | Perm.WRITE, Perm.RW, Perm.ALL, Perm(0), Perm.ALL & ~Perm.WRITE,
          ~Perm.READ, ~Perm.ALL, Perm.WRITE ^ Perm.ALL):
    print(describe(p))

print(list(Perm), len(Perm), sorted(Perm.__members__))
print(Perm.READ in Perm.RW, Perm.EXEC in Perm.RW, Perm(3) is Perm.RW, Perm(5).name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.READ in 3
except TypeError as e:
    print("TypeError:", e)
try:
    Perm.READ | 1
except TypeError as e:
    print("TypeError:", e)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


def octal(owner, group, other):
    return "".join(str(int(m)) for m in (owner, group, other))


rw = Mode.R | Mode.W
print(repr(rw), str(rw), f"{rw}", format(rw, "03b"), rw + 1, rw == 6, isinstance(rw, int))
print(octal(Mode.R | Mode.W | Mode.X, Mode.R | Mode.X, Mode.R))
print(repr(Mode(7)), repr(Mode(0)), repr(Mode(9)), repr(~Mode.R), repr(Mode.R | 8), repr(8 | Mode.R))
print(repr(Mode.W & 6), Mode.W in rw, [m.name for m in Mode(5)])


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Eject(7)), repr(Keep(7)), repr(Keep(4)))
try:
    Strict(5)
except ValueError as e:
    print(str(e).splitlines()[0])


class Feature(Flag):
    LOGGING = auto()
    METRICS = auto()
    TRACING = auto()

    @classmethod
    def parse(cls, text):
        result = cls(0)
        for word in text.split(","):
            result |= cls[word.strip().upper()]
        return result


enabled = Feature.parse("logging, tracing")
print(enabled, Feature.METRICS in enabled, [f.name.lower() for f in enabled])
