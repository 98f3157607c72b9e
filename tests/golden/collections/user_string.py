# A str wrapper class for identifiers that stay case-insensitive, built on collections.UserString.
from collections import UserString


class Ident(UserString):
    def __eq__(self, other):
        return self.data.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.data.lower())


s = UserString("Hello, World")
print(s, repr(s), len(s), s[0], s[-5:], type(s[1:3]).__name__)
print(s.upper(), type(s.upper()).__name__, s.lower().title())
print(s + "!", "> " + s, type("> " + s).__name__, s * 2)
print("World" in s, UserString("lo") in s, s.find("o"), s.rfind(UserString("o")), s.count("l"))
print(s.split(", "), s.partition(","), s.startswith("Hell"), s.endswith("d"))
print(s.replace("l", "L", 2), s.center(20, "*"), s.zfill(15), s.strip("Hd"))
print(s.encode(), s.isalpha(), UserString("42").isdigit(), int(UserString("42")) + 1)
print(UserString("%s-%d") % ("a", 3), sorted([UserString("b"), UserString("a")]))
print(s == "Hello, World", s < "Z", s >= UserString("Hello"), hash(s) == hash("Hello, World"))
print(UserString(123), UserString(UserString("copy")), s.removeprefix("Hello, "))
print("-".join(str(c) for c in UserString("abc")), [str(c) for c in reversed(UserString("xyz"))])

a, b = Ident("UserName"), Ident("username")
print(a == b, len({a, b}), a.upper(), type(a.strip()).__name__)
print(s.format(), UserString("{0}+{0}").format(1), s.casefold(), s.swapcase())
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
