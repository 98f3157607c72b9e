# Drawing a bitmap stored one row per byte.
glyph = bytes([0b00111100, 0b01000010, 0b10100101, 0b10000001, 0b10100101, 0b10011001, 0b01000010, 0b00111100])
for row in glyph:
    print("".join("#" if row & (0x80 >> i) else "." for i in range(8)))
flipped = bytes(int(f"{row:08b}"[::-1], 2) for row in glyph)
print(flipped == glyph, flipped.hex(), glyph.count(0x42), glyph.index(0b01000010), glyph.rindex(0x42))
