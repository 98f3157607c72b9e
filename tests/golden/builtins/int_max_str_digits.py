# Guarding a parser against huge numbers: CPython 3.11 limits int <-> decimal text conversion.
import sys


def parse_amount(text):
    try:
        return int(text)
    except ValueError as e:
        return f"rejected: {e}"


print(sys.get_int_max_str_digits())
print(parse_amount("12345"))
print(parse_amount("9" * 5000))
big = 10**5000
for convert in (str, repr, lambda n: f"{n}", lambda n: "%s" % n):
    try:
        convert(big)
    except ValueError as e:
        print("ValueError:", e)
print(len(str(10**4299)), hex(big)[:12])
sys.set_int_max_str_digits(0)
print(len(str(big)), len(str(int("7" * 6000))))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10**4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
