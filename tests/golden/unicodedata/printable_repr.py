# repr escapes exactly the characters str.isprintable rejects: the Z and C categories.
chars = "a\u00a0\u00ad\u0378\u200b\u2028\u2029\u3000\ue000\U0010fffd\U000e0001\ufeff\u061c\u1680é😀"
for c in chars:
    print(f"U+{ord(c):04X}", c.isprintable(), repr(c) if not c.isprintable() else "(shown)")
print(repr("tab\there\u00a0nbsp\u0378"))
print("abc\u0378".isprintable(), "".isprintable(), "日本".isprintable())
