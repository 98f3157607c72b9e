# for over a list of mixed values, and over a list built up with repeated concatenation.
for item in [1, "two", None, True]:
    print(item)

squares = []
for n in range(5):
    squares = squares + [n * n]
print(squares)
print(len(squares))
