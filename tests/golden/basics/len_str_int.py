# len(), str() and int().
print(len("hello"), len(""), len("привет"), len([1, 2, 3]), len([]))
print(str(42) + str(-7), str(True), str(None), str("s"))
print(int("42") + 1, int("-17"), int("  8 "), int(True), int(7))
print(int(3.9), int(-3.9))
print(str(1 / 4), len(str(2 ** 100)))
