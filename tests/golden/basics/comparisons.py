# Comparison operators on ints and strings, and chained comparisons.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
print("abc" < "abd", "b" > "abc", "x" == "x", "a" != "b")
x = 5
print(1 < x < 10, 1 < x < 3, 0 <= x <= 5 <= 5)
print(1 == 1 == 1, 1 == 1 == 2)


def val(n):
    print("eval", n)
    return n


# The middle operand is evaluated once; a false link stops the chain.
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
