# All four clauses: the order they run in with and without an exception.
def f(x):
    try:
        print("try", x)
        if x:
            raise ValueError(x)
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")


f(0)
f(1)
