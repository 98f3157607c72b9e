# Slicing strs that hold non-ASCII text: every step, bound and width of char.

greeting = "Привет, мир! 👋 héllo wörld ✓"
words = ["日本語のテキスト", "ąčęėįšųūž", "🙂🙃😉😊", "mixed: aé日🙂", "", "é", "plain ascii"]


def show(label, s):
    print(f"{label:>18}: {s!r} ({len(s)})")


show("[0:6]", greeting[0:6])
show("[8:11]", greeting[8:11])
show("[-5:]", greeting[-5:])
show("[:-7]", greeting[:-7])
show("[13:14]", greeting[13:14])
show("[::2]", greeting[::2])
show("[::-1]", greeting[::-1])
show("[20:3:-3]", greeting[20:3:-3])
show("[-1:-10:-2]", greeting[-1:-10:-2])
show("[5:5]", greeting[5:5])
show("[10:2]", greeting[10:2])
show("[100:]", greeting[100:])
show("[-100:3]", greeting[-100:3])
show("[:]", greeting[:])
print(greeting[:] is greeting, greeting[0:len(greeting)] is greeting)

for w in words:
    n = len(w)
    parts = [w[i:j] for i in range(-n - 1, n + 2) for j in range(-n - 1, n + 2)]
    steps = [w[::k] for k in (1, 2, 3, -1, -2, -3)]
    rebuilt = "".join(w[i:i + 1] for i in range(n))
    assert rebuilt == w, (rebuilt, w)
    print(repr(w), len(parts), sum(len(p) for p in parts), steps)
    # Every slice agrees with the chars picked one at a time.
    for i in range(-n - 1, n + 2):
        for j in range(-n - 1, n + 2):
            for k in (1, 2, -1, -3):
                picked = "".join(w[x] for x in range(*slice(i, j, k).indices(n)))
                assert w[i:j:k] == picked, (w, i, j, k)

# The results are strs like any other: hashing, comparing, searching.
table = {greeting[8:11]: "world", greeting[:6]: "hello"}
print(table["мир"], table["Привет"], greeting[13:14] == "👋", "мир" in greeting[7:])
print(greeting[15:].upper(), greeting[15:].encode("utf-8"))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("__index__", self.n)
        return self.n


print(greeting[Index(1):Index(-1):Index(4)])
print(greeting[slice(None, None, -4)])
try:
    greeting[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    greeting[1.5:]
except TypeError as e:
    print("TypeError:", e)
