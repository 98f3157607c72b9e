# Base 0 reads the base from the prefix, as source code does.
print(int('0x1f', 0), int('0XFF', 0), int('0o17', 0), int('0b101', 0))
print(int('42', 0), int('0', 0), int('00', 0), int('0_0', 0), int('-0b11', 0))
print(int('0x_1f', 0), int(' 0b1_0 ', 0))
for s in ['010', '0x', '0b2', '0_x1', '08']:
    try:
        print(int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
