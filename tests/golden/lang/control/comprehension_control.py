# Conditions and nesting inside comprehensions.
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x * x for x in range(5) if x != 2})
print({c for c in 'hello' if c not in 'l'} == {'h', 'e', 'o'})
print(list(x for x in 'abc' if x != 'b'))
print([[y for y in range(x)] for x in range(4)])
print([x if x > 2 else -x for x in range(5)])
x = 'outer'
print([x for x in 'ab'], x)
