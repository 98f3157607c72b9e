# Complex literals in match patterns.
def name(z):
    match z:
        case 0j:
            return "zero"
        case 1j | -1j:
            return "unit imaginary"
        case 1 + 1j:
            return "one plus i"
        case -2 - 0.5j:
            return "minus two minus half i"
        case complex(real=0.0, imag=im):
            return f"pure imaginary {im}"
        case complex(real=re, imag=0.0):
            return f"real {re}"
        case complex():
            return "some complex"
        case _:
            return "not complex"


for z in [0j, 0, 1j, -1j, 1 + 1j, -2 - 0.5j, 3j, 4 + 0j, 1 + 2j, 5]:
    print(z, name(z))
