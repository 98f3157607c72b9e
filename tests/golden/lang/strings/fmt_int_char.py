# The 'c' presentation: an int as a character, and what it refuses.
print(f"[{65:c}] [{1046:c}] [{65:>4c}] [{65:*^5c}] [{65:05c}]")
for spec in ["+c", "#c", ",c", ".2c"]:
    try:
        print(f"{65:{spec}}")
    except ValueError as e:
        print("ValueError:", e)
for n in [-1, 0x110000]:
    try:
        print(f"{n:c}")
    except OverflowError as e:
        print("OverflowError:", e)
