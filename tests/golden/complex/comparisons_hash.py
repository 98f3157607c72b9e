# complex numbers compare for equality only; equal numbers hash alike.
print(1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1, 0j == False, 1 + 0j == True, 2 ** 53 + 0j == 2 ** 53)
print(1j != 2j, (1 + 1j) == (1 + 1j), 1j == "1j", 1j == None, 1j in [1, 2, 1j])
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(1j), hash(-1 + 0j))
print(hash(3 + 4j), hash(complex(-1, 0)), hash(complex(0.5, -0.5)), hash(1e300j))
d = {1: "int one", 2j: "two j"}
print(d[1 + 0j], d[2j], d.get(2 + 0j), {1, 1.0, 1 + 0j}, len({1j, 1j, complex(0, 1)}))
for op in ["<", "<=", ">", ">="]:
    try:
        eval("1j " + op + " 2j") if False else None
        if op == "<":
            1j < 2j
        elif op == "<=":
            1j <= 1
        elif op == ">":
            1.5 > 1j
        else:
            1j >= 0
    except TypeError as e:
        print(e)
try:
    sorted([2j, 1j])
except TypeError as e:
    print(e)
try:
    max(1j, 2j)
except TypeError as e:
    print(e)
