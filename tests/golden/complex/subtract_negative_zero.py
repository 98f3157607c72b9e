# Signed zeros through arithmetic, as CPython keeps them.
print(0j, -0j, -(0j), 0 - 0j, -0.0 + 0j, complex(-0.0, 0) + 0, 0j * -1, -1 * 0j, 1j * 0)
print(complex(0.0, -0.0) - 0, complex(-0.0, -0.0) * 1, 1j - 1j, -1j + 1j)
print((-0.0 + 0j).real, (0j * -1).imag, repr(complex(-0.0, -0.0).conjugate()))
