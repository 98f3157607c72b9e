# Strings index and measure by code point, not by byte.
s = "Привет, мир!"
print(len(s), s[0], s[7], s[-1], s[11])
print(s.find("мир"), s.index("!"), s.rfind("и"), s.count("р"))
print(s.find("и", 9), s.startswith("мир", 8), s.endswith("Привет", 0, 6))
print(len("日本語"), "日本語".find("語"), len("a😀b"), "a😀b".find("b"), "a😀b"[1])
try:
    print(s[12])
except IndexError as e:
    print("IndexError:", e)
