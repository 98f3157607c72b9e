import unicodedata

# A little character inspector.
for ch in "Ω≈ç√∫˜µ≤≥÷":
    cp = ord(ch)
    print(f"U+{cp:04X} {ch} {unicodedata.category(ch)} {unicodedata.name(ch)}")
print(sum(1 for cp in range(0x370, 0x400) if unicodedata.category(chr(cp)) == "Cn"))
print([chr(cp) for cp in range(0x2160, 0x2170) if unicodedata.numeric(chr(cp)) > 5])
