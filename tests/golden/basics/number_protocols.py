# Objects that stand for numbers: math, cmath and %-formatting take anything with __float__
# (or __index__, or __complex__ for cmath), as CPython's C functions do.
import cmath
import math


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __float__(self):
        return float(self.degrees)


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Signal:
    def __complex__(self):
        return complex(3, 4)


class Bad:
    def __float__(self):
        return "hot"


class Ratio(float):
    pass


t = Celsius(21.5)
print(math.floor(float(t)), math.sqrt(Celsius(16)), math.exp(Celsius(0)), math.isclose(t, 21.5))
print(math.sqrt(Count(9)), math.log(Count(8), 2), math.hypot(Count(3), Celsius(4)))
print("%.2f | %5.1f | %e" % (t, Celsius(-3), Count(1000)))
print(abs(cmath.sqrt(Signal())), cmath.phase(Celsius(-1)), cmath.polar(Signal()))
print(math.sqrt(Ratio(2.25)), "%.3f" % Ratio(1 / 3))
for f in [lambda: math.sqrt(Bad()), lambda: math.sqrt("4"), lambda: "%f" % Bad(), lambda: "%f" % "x",
          lambda: cmath.sqrt("x")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
