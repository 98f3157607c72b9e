# Numbers: bases, underscores, signs, exponents and the values that are not numbers.
import math
import tomllib

good = ["0", "+0", "-0", "0xff", "0o777", "0b1010", "0xCAFE_babe", "9_223_372_036_854_775_808",
        "1e10", "1E-10", "-1.5e+3", "0.0", "-0.0", "1_0.0_1", "1e1_0", "inf", "-inf", "nan",
        "123456789012345678901234567890"]
for text in good:
    v = tomllib.loads("v = " + text)["v"]
    if isinstance(v, float) and math.isnan(v):
        print(text, "-> nan", math.copysign(1, v) if text.startswith("-") else "")
    else:
        print(text, "->", repr(v), type(v).__name__)

bad = ["0X10", "0B1", "00", "-01", "1_", "_1", "1e", "1.e5", "0x_1", "+nan1", "infinity",
       "- 1", "1,000", "0o8", "1.2.3"]
for text in bad:
    try:
        print(text, "->", tomllib.loads("v = " + text))
    except tomllib.TOMLDecodeError as e:
        print(text, "-> error:", e)
