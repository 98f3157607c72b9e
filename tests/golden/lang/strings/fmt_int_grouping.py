# Thousands separators, and zero padding that pads inside the groups.
for n in [0, 12, 1234, -1234567, 1000000000]:
    print(f"[{n:,}] [{n:_}] [{n:12,}] [{n:012,}] [{n:<12,}] [{n:+,}]")
print(f"[{1234:08,}] [{1234:07,}] [{1234:09_}] [{-1234:08,}]")
