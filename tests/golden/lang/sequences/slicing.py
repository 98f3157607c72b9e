xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::2], xs[::-1], xs[-3:], xs[:-7], xs[8:2:-2], xs[100:], xs[-100:2])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[5:])
s = "Привет, мир!"
print(s[:6], s[-4:], s[::-1], s[1:10:3], len(s))
print("hello"[1:4], "hello"[::2], "hello"[4:1:-1])
try:
    xs[::0]
except ValueError as e:
    print(e)
