# A sparse grid keyed by cell coordinates; slices select ranges but cannot be keys in 3.11.
class Grid:
    def __init__(self, width):
        self.width = width
        self.cells = {}

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.width)
            return [self.cells.get(i, ".") for i in range(start, stop, step)]
        return self.cells.get(key, ".")


g = Grid(8)
g[1] = "a"
g[4] = "b"
print(g[:], g[::2], g[-3:], g[10**40:], g[::-3])

for key in [slice(1, 2), slice(None), slice(0, 10**30, 5)]:
    try:
        cache = {key: "row"}
    except TypeError as e:
        print("cannot cache", key, "->", e)
    try:
        hash(key)
    except TypeError as e:
        print("hash:", e)
print(slice.__hash__)

# indices() with lengths and bounds past any machine word
huge = 10**30
print(slice(None).indices(huge))
print(slice(-huge, huge, 7).indices(10**25))
print(slice(None, None, -1).indices(huge))
print(slice(5, -5, -(10**20)).indices(100))
print(slice(True, 3).indices(10))
for bad in [(slice(0, 5, 0), 10), (slice(0, 5), -1), (slice("a", 5), 10)]:
    s, n = bad
    try:
        s.indices(n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
