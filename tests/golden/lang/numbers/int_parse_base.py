# int(text, base) for bases 2 to 36, with optional prefixes matching the base.
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('-0x10', 16))
print(int('17', 8), int('0o17', 8), int('0O17', 8))
print(int('101', 2), int('0b101', 2), int('0B101', 2))
print(int('z', 36), int('Z', 36), int('zz', 36))
print(int('12', 3), int('10', 2), int('777', 8))
print(int('ff', base=16), int('  -1010  ', 2))
print(int('123456789012345678901234567890', 16))
