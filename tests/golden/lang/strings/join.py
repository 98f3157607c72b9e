# join() over lists, tuples and strings; items must be str.
print("-".join(["a", "b", "c"]))
print("".join(("x", "y", "z")))
print(", ".join("abc"))
print("|".join([]), "|".join(["only"]))
print(" и ".join(["кошка", "собака"]))
for arg in [1, ["a", 1], [None]]:
    try:
        print("-".join(arg))
    except TypeError as e:
        print("TypeError:", e)
try:
    print("-".join())
except TypeError as e:
    print("TypeError:", e)
