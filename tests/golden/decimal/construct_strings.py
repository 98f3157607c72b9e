from decimal import Decimal, InvalidOperation

for text in ["3.14", "-0", "+1.0", "1e5", "1E-5", "1_000.000_1", "  12  ", "\t7\n", ".5", "5.",
             "inf", "-Infinity", "iNfInItY", "nan", "NaN42", "-sNaN7", "١٢٣", "1e+0005",
             "abc", "1.2.3", "", " ", "1e", "e5", "1,5", "--1", "Infinityx", "NaNx",
             "1 2", "_"]:
    try:
        print(repr(text), "->", repr(Decimal(text)))
    except InvalidOperation as e:
        print(repr(text), "-> InvalidOperation", e)
