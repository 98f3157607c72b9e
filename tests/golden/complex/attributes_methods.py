# .real, .imag, .conjugate() on complex numbers and on the other numbers.
z = -3.25 + 1e-3j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), z.conjugate().conjugate() == z)
print((7).real, (7).imag, (7).conjugate(), (10**30).imag, (2.5).real, (2.5).imag, (2.5).conjugate())
print(True.real, True.imag, False.conjugate(), (5).numerator, (5).denominator)
print(complex.conjugate(1 + 1j), (1j).__abs__(), (3 + 4j).__getnewargs__())
print(isinstance(1j, complex), isinstance(1, complex), type(1j) is complex, complex.__name__)
try:
    z.real = 1
except AttributeError as e:
    print("AttributeError")
try:
    complex.conjugate(5)
except TypeError as e:
    print(e)
