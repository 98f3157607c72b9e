# Assignment expressions in while, if and comprehensions.
data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
while (x := next(it, None)) is not None and x != 9:
    print('got', x)
print('stopped at', x)
if (n := len(data)) > 5:
    print('long list', n)
values = [y for v in data if (y := v * v) > 10]
print(values, y)
print([last := i for i in range(3)], last)
total = 0
print([total := total + v for v in data])
print((z := 5) + z)
def f():
    if any((hit := w) > 4 for w in data):
        return hit
print(f())
