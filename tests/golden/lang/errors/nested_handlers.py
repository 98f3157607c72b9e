# An exception escaping an inner handler is caught by the outer try.
def f(n):
    try:
        try:
            if n == 0:
                raise ValueError("v")
            raise TypeError("t")
        except ValueError as e:
            print("inner caught", e)
            return "from inner"
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
        return "from outer"
    finally:
        print("outer finally")


print(f(0))
print(f(1))
