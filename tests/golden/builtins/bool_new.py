# bool.__new__ and int.__new__ with bool, as CPython checks them.
print(bool.__new__(bool), bool.__new__(bool, 5), bool.__new__(bool, ""), bool.__new__(bool, [0]))
print(type(bool.__new__(bool, 1)).__name__)
for args in [(int,), (5,), (type,), (bool, 1, 2), (str, "x")]:
    try:
        print(bool.__new__(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in [(bool,), (bool, 1)]:
    try:
        print(int.__new__(*args))
    except TypeError as e:
        print("TypeError:", e)
print(int.__new__(int, "12"), bool.__new__ is int.__new__)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
class MyInt(int):
    pass
print(int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)).__name__)
