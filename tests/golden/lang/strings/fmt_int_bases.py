# Binary, octal and hex presentation, with '#' prefixes and '_' every four digits.
for n in [0, 5, 255, -255, 65535]:
    print(f"{n:b} {n:#b} {n:o} {n:#o} {n:x} {n:#x} {n:X} {n:#X}")
print(f"{255:#010x} {255:#010b} {-255:#010X} {255:#^12o}")
print(f"{0xdeadbeef:_x} {0xdeadbeef:#_X} {1023:_b} {4095:_o}")
print(f"{100:d} {100:n} {-100:n}")
