# The operations complex numbers do not have, and division by zero.
z = 3 + 4j
cases = [
    ("z // 2", lambda: z // 2),
    ("z % 2", lambda: z % 2),
    ("divmod(z, 2)", lambda: divmod(z, 2)),
    ("z / 0", lambda: z / 0),
    ("z / 0j", lambda: z / 0j),
    ("1 / 0j", lambda: 1 / 0j),
    ("z << 1", lambda: z << 1),
    ("z & 1", lambda: z & 1),
    ("~z", lambda: ~z),
    ("int(z)", lambda: int(z)),
    ("float(z)", lambda: float(z)),
    ("round(z)", lambda: round(z)),
    ("z + 'a'", lambda: z + "a"),
    ("[1] * z", lambda: [1] * z),
    ("abs(huge)", lambda: abs(complex(1e308, 1e308))),
    ("range(z)", lambda: range(z)),
    ("'ab'[z]", lambda: "ab"[z]),
]
for text, f in cases:
    try:
        print(text, "=", f())
    except (TypeError, ZeroDivisionError, OverflowError, ValueError) as e:
        print(text, "->", type(e).__name__ + ":", e)
