class A:
    pass

try:
    A() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - A()
except TypeError as e:
    print("TypeError:", e)
try:
    A() < A()
except TypeError as e:
    print("TypeError:", e)
try:
    -A()
except TypeError as e:
    print("TypeError:", e)
