# Sequence patterns: lists, tuples, ranges and what is not a sequence.
from collections import deque


def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case (first, *middle, last):
            return f"first={first} middle={middle} last={last}"


for s in [[], [1], (1, 2), [1, 2, 3], range(5), deque("abcd"), "ab", b"ab", {1: 2}, {1, 2}, 7]:
    print(repr(s)[:30], "->", shape(s))

match (1, [2, 3], (4, (5, 6))):
    case (a, [b, c], (d, (e, f))):
        print(a, b, c, d, e, f)

match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts with 1 and ends with 5")

match (1,):
    case (x,):
        print("one-tuple", x)

match []:
    case ():
        print("() matches an empty list too")

match [1, 2]:
    case *rest, 2:
        print("open sequence", rest)
