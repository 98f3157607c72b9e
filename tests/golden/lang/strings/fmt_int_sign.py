# Sign options for ints: '+', '-', ' ', with padding.
for n in [7, -7, 0]:
    print(f"[{n:+}] [{n:-}] [{n: }] [{n:+5}] [{n: 5}] [{n:=+5}] [{n:+05}] [{n: <5}]")
