from array import array

f = array("f", [0.1, 0.2, 1 / 3])
d = array("d", [0.1, 0.2, 1 / 3])
print(f, d)
print(f == d, [x == y for x, y in zip(f, d)], f.itemsize, d.itemsize)
print(sum(d), sum(f))
grid = array("d", [0.0]) * 6
for i in range(6):
    grid[i] = i * 0.5
print(grid, grid.tolist())
