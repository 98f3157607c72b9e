# An uncaught IndexError from a list and from a tuple index.
def pick(items, i):
    return items[i]


print(pick((1, 2, 3), -1))
print(pick([1, 2, 3], 3))
