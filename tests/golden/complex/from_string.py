# complex() parses the forms CPython's float parser and the j suffix allow.
texts = ["1", "1j", "j", "-j", "+j", "1+j", "1-j", "1+2j", "1-2J", "-1.5e3+2.5e-3j", "(1+2j)",
         "  ( 3-4j )  ", "\t5j\n", "inf", "-inf+nanj", "infinityj", "NaN-infJ", "1_000+2_0j",
         ".5+.5j", "5.-5.j", "1e+5j", "1E5", "+1.5", "0j", "-0-0j"]
for t in texts:
    z = complex(t)
    print(repr(t), "->", z, z.real, z.imag)

bad = ["", " ", "()", "(1+2j", "1+2j)", "1 + 2j", "1+", "j1", "1+2jj", "jj", "1e", "1..5",
       "1+2i", "(1)(2)", "1__0", "_1j", "1_j", "0x10", "1+2j3", "--1", "nanj+1"]
for t in bad:
    try:
        complex(t)
        print(repr(t), "parsed?")
    except ValueError as e:
        print(repr(t), "ValueError:", e)
