# while uses truthiness: consuming a list until it is empty.
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())
print('empty', stack)
d = {'a': 1, 'b': 2}
while d:
    k, v = d.popitem()
    print(k, v)
s = 'abc'
while s:
    print(s)
    s = s[1:]
n = 3
while n:
    n -= 1
print('n', n)
