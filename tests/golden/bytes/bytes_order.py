# Sorting byte strings: lexicographic by byte value, shorter first on a tie.
names = [b"beta", b"Alpha", b"alpha", b"al", b"", b"\xffmax", bytes([0x61, 0x00])]
print(sorted(names))
print(sorted(names, reverse=True)[:3], sorted(names, key=len)[:3])
pairs = [(b"a", 2), (b"a", 1), (b"B", 3)]
print(sorted(pairs), min(names), max(names))
print(bytearray(b"b") > b"a", bytearray(b"a") >= bytearray(b"a"), b"abc" <= b"abd" < b"abe")
print(sorted([bytearray(b"z"), bytearray(b"m")]), [b"x"] < [b"y"], (b"x",) == (bytearray(b"x"),))
