# range() takes any object with __index__, as CPython does.
class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(list(range(Count(3))), list(range(1, Count(7), Count(2))), len(range(Count(10))))
print(range(Count(5))[Count(2)])
for bad in [1.5, "3", None]:
    try:
        range(bad)
    except TypeError as e:
        print("TypeError:", e)
