# complex() from numbers, other complex numbers and keyword arguments.
print(complex(), complex(0), complex(1), complex(-2.5), complex(True), complex(False))
print(complex(1, 2), complex(1.5, -2.5), complex(real=3), complex(imag=4), complex(real=1, imag=2))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(1j, 2))
print(complex(10**20), complex(2**53 + 1, 0))
z = 5 + 6j
print(complex(z) is z, complex(z, 0) is z)


class Temp:
    def __float__(self):
        return 21.5


class Phasor:
    def __init__(self, re, im):
        self.re, self.im = re, im

    def __complex__(self):
        return complex(self.re, self.im)


class Idx:
    def __index__(self):
        return 7


print(complex(Temp()), complex(Temp(), Temp()), complex(Phasor(1, -1)), complex(Idx()))
print(complex(Phasor(2, 3), 1))
