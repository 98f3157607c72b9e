# Inventory rows kept in lists that several names share: += and *= change the list itself.
class Row(list):
    def total(self):
        return sum(self)


class Count:
    def __index__(self):
        return 3


shelf = [1, 2]
alias = shelf
shelf *= 2
print(alias, shelf is alias)

empty = []
before = id(empty)
empty *= 10
print(empty, id(empty) == before)

for n in (0, -2):
    row = [1, 2, 3]
    same = row
    row *= n
    print(n, same, row is same)

row = Row([4, 5])
same = row
row += [6]
row *= 2
print(type(row).__name__, same, row is same, row.total())

grid = [[0] * 2]
grid *= Count()
print(grid)

items = [9]
print(items.__imul__(2) is items, items)

try:
    items *= 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    items *= "x"
except TypeError as e:
    print("TypeError:", e)
print(items)
