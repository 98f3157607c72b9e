# The header lines of unified and context diffs: with and without names and dates, with
# another line ending, and none for equal inputs.
import difflib
a = ["one\n", "two\n", "three\n", "four\n"]
b = ["one\n", "2\n", "three\n", "four\n", "five\n"]
for f in (difflib.unified_diff, difflib.context_diff):
    print("".join(f(a, b)), end="")
    print("".join(f(a, b, "old.txt", "new.txt", "2024-01-01", "2024-01-02", n=1)), end="")
    print(list(f(a, a, "x", "y")))
    print(list(f(["a"], ["b"], "x", "y", lineterm="")))
