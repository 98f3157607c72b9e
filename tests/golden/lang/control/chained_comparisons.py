# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 1 == 1 != 2)
print(1 < 2 < 3 < 4 < 3, 'a' < 'b' <= 'b' < 'c')
def v(n):
    print('eval', n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < x in [5], x is x == 5, [1] == [1] is not None)
print(3 > 2 == 2, (3 > 2) == 2)
