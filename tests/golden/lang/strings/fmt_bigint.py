# Ints beyond 64 bits format like the others.
big = 2 ** 100
print(f"{big}")
print(f"{big:,}")
print(f"{-big:_}")
print(f"{big:x} {big:#X} {big:o}")
print(f"{big:b}")
print(f"{big:>40}|{-big:+045}")
print(f"{big:e} {big:.3g} {big:.2%}")
try:
    print(f"{10 ** 400:f}")
except OverflowError as e:
    print("OverflowError:", e)
