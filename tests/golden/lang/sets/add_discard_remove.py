s = set()
s.add(3)
s.add(3)
s.add(1)
print(s)
s.discard(99)
s.discard(3)
print(s)
s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove((1, 2))
except KeyError as e:
    print(type(e).__name__, e)
