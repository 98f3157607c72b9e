s = set(range(10))
s.discard(3)
s.discard(5)
s.add(13)
s.add(21)
print(s)
s.remove(0)
s.add(8 + 16)
print(s, len(s))
for i in range(40, 60):
    s.add(i)
for i in range(45, 55):
    s.discard(i)
print(s)
