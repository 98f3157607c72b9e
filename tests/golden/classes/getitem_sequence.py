class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n

s = Squares(4)
print(s[2], list(s), 9 in s, len(s))
for v in s:
    print(v, end=" ")
print()
