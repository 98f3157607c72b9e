"""A set or dict comprehension adds each element as it is made: an unhashable key stops the loop
at its item; a dict comprehension evaluates each key before its value; later keys win."""


def noisy(tag, v):
    print(tag, v)
    return v


try:
    {noisy("key", [] if x == 1 else x): noisy("value", x) for x in range(3)}
except TypeError as e:
    print("TypeError", e)

try:
    {noisy("elt", [] if x == 2 else x) for x in range(4)}
except TypeError as e:
    print("TypeError", e)

print({x % 3: x for x in range(10)})
print({noisy("k", k): noisy("v", v) for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print(sorted({x // 2 for x in range(10) if x % 3}))
print({(a, b): a * b for a in range(3) for b in range(a)})
print([(a, b) for a in range(3) if a for b in "xy"])


class BadHash:
    def __hash__(self):
        raise ValueError("no hash for you")


try:
    {BadHash(): i for i in range(3)}
except ValueError as e:
    print("ValueError", e)

# A dict comprehension whose value raises after its key was made.
try:
    {k: 1 / k for k in (2, 1, 0, 5)}
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# The last line of stderr: an unhashable element of a set comprehension, from a function.
def build(items):
    return {frozenset(x) if i % 2 else x for i, x in enumerate(items)}


print(sorted(map(str, build(["a", "b", "c"]))))
build([1, [2], [3]])
