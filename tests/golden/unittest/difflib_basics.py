# difflib: SequenceMatcher's blocks, opcodes and ratios; ndiff; unified_diff; close matches.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2)
print(s.find_longest_match(0, 29, 0, 38))
a = ["one\n", "two\n", "three\n", "four\n"]
b = ["one\n", "tree\n", "four\n", "five\n"]
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, fromfile="before", tofile="after")), end="")
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "shell"], n=2))
long_a = [str(i % 7) for i in range(300)]
long_b = long_a[:150] + ["x"] + long_a[150:]
print(difflib.SequenceMatcher(None, long_a, long_b).get_opcodes()[:4])
