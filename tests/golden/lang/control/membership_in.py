# in / not in on the built-in containers.
print(2 in [1, 2, 3], 4 not in [1, 2, 3])
print('ell' in 'hello', 'x' not in 'hello', '' in 'abc')
print('a' in {'a': 1}, 1 in {'a': 1}, 1 in {1, 2}, (1, 2) in [(1, 2)])
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(1 in (1.0,), True in [1], [] in [[]])
def gen():
    for i in range(10):
        print('yield', i)
        yield i
print(2 in gen())
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in 'abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in {1})
except TypeError as e:
    print(type(e).__name__, e)
