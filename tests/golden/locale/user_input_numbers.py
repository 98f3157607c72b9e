# Parsing numbers typed by a user with the locale's rules, and printing them back.
import locale
from decimal import Decimal

locale.setlocale(locale.LC_NUMERIC, "C")
inputs = ["42", " 3.25 ", "-0.5", "1e3", "inf", "12,5", "", "1_000"]
for text in inputs:
    try:
        f = locale.atof(text)
        d = locale.atof(text, Decimal)
        print(repr(text), "->", f, d, locale.format_string("%.3f", f))
    except (ValueError, ArithmeticError) as e:
        print(repr(text), "->", type(e).__name__, e)
for text in ["7", "-12", "+3", "0x10", "1.0"]:
    try:
        print(repr(text), "->", locale.atoi(text))
    except ValueError as e:
        print(repr(text), "->", "ValueError", e)
total = sum(locale.atof(x) for x in ["1.5", "2.25", "3"])
print(locale.format_string("Total: %8.2f", total), locale.str(total))
