# A star pattern always binds a list, whatever the sequence was.
for subject in [(1, 2, 3), [1, 2, 3], range(1, 4), (1, 2)]:
    match subject:
        case [head, *tail]:
            print(type(subject).__name__, head, tail, type(tail).__name__)

match (1, 2, 3, 4, 5, 6):
    case [a, b, *mid, y, z]:
        print(a, b, mid, y, z)

match "abc", "def":
    case [*front, "def"]:
        print(front)
