# Capture patterns bind; the wildcard never does; bindings survive the statement.
def f(value):
    match value:
        case 0:
            result = "zero"
        case n:
            result = f"captured {n}"
    return result, n if value else None


print(f(0) if False else "skip")
print(f(5))

match [1, 2, 3]:
    case _:
        print("wildcard matches anything")

try:
    print(_)
except NameError as e:
    print("NameError:", e)

match (1, 2):
    case (a, b):
        print(a + b)
print(a, b)

# A failed case with a guard still binds its names.
match 42:
    case x if x < 0:
        print("negative")
    case y:
        print("x is", x, "y is", y)
