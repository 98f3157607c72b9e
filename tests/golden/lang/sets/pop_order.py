s = {i * i for i in range(20)}
out = []
while s:
    out.append(s.pop())
print(out)
s = {5, 13, 21}
print(s.pop(), s)
s.add(29)
print(s.pop(), s.pop(), s)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
