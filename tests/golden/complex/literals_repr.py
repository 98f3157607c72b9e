# Imaginary literals and how complex numbers print.
values = [1j, 2.5j, 1e3j, 1E-3J, 0j, -0j, 1_000j, .5j, 3 + 4j, 3 - 4j, -3 - 4j, 1.5 + 0j,
          -0.0 + 0j, complex(-0.0, -0.0), complex(0.0, -0.0), 1e16j, 1e-5 + 1j, 123456789.0 + 1j,
          complex(1, 1e300 * 1e300), complex(float("nan"), 1), complex(1, -float("nan"))]
for v in values:
    print(repr(v), str(v), type(v).__name__)
print([1j, -1j], (2j,), {"z": 1 + 1j}, {1j})
