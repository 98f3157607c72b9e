# Mixing bools, ints, floats and complex numbers.
values = [True, 3, 2.5, 1 + 1j, 10**20]
for a in values:
    row = []
    for b in values:
        row.append(repr(a + b))
    print(" | ".join(row))
print([type(x * 1j).__name__ for x in values])
print(abs(-3 + 4j) == 5.0, abs(1j) == 1, type(abs(1j)).__name__)
print(1j.real.is_integer(), (2 + 0j).real.is_integer())
