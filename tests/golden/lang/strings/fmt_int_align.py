# Fill, alignment and width for ints in format specs.
n = 42
print(f"[{n:5}] [{n:<5}] [{n:>5}] [{n:^5}] [{n:^6}]")
print(f"[{n:*<6}] [{n:*>6}] [{n:*^7}] [{n:0=6}] [{-n:x=7}]")
print(f"[{n:05}] [{-n:05}] [{n:<05}] [{n:^05}]")
print(f"[{n:1}] [{12345:3}] [{0:4}]")
print(f"[{n:ж^7}] [{n:{'.'}>4}]")
