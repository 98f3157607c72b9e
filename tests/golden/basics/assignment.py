# Plain, chained and augmented assignment.
a = b = 7
print(a, b)
a = a + 1
print(a, b)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 3
print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
