xs = list(range(8))
xs[2:4] = ["a", "b", "c"]
print(xs)
xs[:0] = [-1]
print(xs)
xs[5:2] = ["x"]
print(xs)
xs[::3] = [0, 0, 0, 0]
print(xs)
del xs[1:3]
print(xs)
del xs[::-2]
print(xs)
xs[-2:] = []
print(xs)
ys = [0, 1, 2, 3, 4, 5]
try:
    ys[::2] = [1]
except ValueError as e:
    print(e)
try:
    (1, 2)[0:1] = [3]
except TypeError as e:
    print(e)
