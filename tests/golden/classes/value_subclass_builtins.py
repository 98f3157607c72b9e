from enum import Enum
class Color(str, Enum):
    RED = "red"
    BLUE = "blue"
class S(str):
    pass
s = S("a,b")
print(",".join([Color.RED, Color.BLUE]), "-".join([S("x"), S("y")]))
print("red" in Color.RED, Color.RED in "a red car", s.split(","), "x".startswith(S("x")))
print("{}-{}".format(Color.RED, s), f"{Color.RED.value}", str.upper(s), len(Color.RED))
d = {"red": 1}
print(d[Color.RED], d.get(S("red")), Color.RED.replace("r", "R"), s.count(S(",")))
print(sorted([S("b"), S("a")]), max(S("a"), "b"), S("ab") * 2, s[::-1], list(s), int(S("5")) + 1)
print(Color.RED.startswith("r"), ord(S("a")), S("abc").encode(), "%s|%r" % (s, s), repr(S("q")))
class N(int):
    pass
n = N(3)
print(range(n), list(range(N(2))), "ab" * n, [0] * n, round(N(7), -1), abs(N(-2)), n ** 2, n / 2, bin(n), hex(n), chr(N(65)))
print(isinstance(n, int), n.bit_length(), divmod(n, 2), pow(n, 2), float(n), str(n), format(n, "x"))
print(sorted({N(2): 1, N(1): 2}), sum([N(1), N(2)]), max(N(1), N(5)), (1, 2, 3)[N(1)], "abc"[N(1)])
