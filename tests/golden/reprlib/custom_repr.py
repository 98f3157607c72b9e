# A Repr subclass with its own limits and a representation for a user type.
import reprlib


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __repr__(self):
        return f"Matrix({self.rows!r})"


class ShortRepr(reprlib.Repr):
    def repr_Matrix(self, obj, level):
        return f"<Matrix {len(obj.rows)}x{len(obj.rows[0])}>"


r = ShortRepr()
r.maxlist = 3
r.maxstring = 12
r.maxother = 15
r.maxlevel = 2
r.maxdict = 2
r.maxlong = 10
r.fillvalue = "~~"
print(r.repr(list(range(10))))
print(r.repr("abcdefghijklmnopqrstuvwxyz"))
print(r.repr(2 ** 100))
print(r.repr([[1, [2, [3]]]]))
print(r.repr({"a": 1, "b": 2, "c": 3}))
print(r.repr(Matrix([[1, 2, 3], [4, 5, 6]])))
print(r.repr([Matrix([[1]])]))
print(r.repr(object) , r.repr(3.0))


class Broken:
    def __repr__(self):
        raise RuntimeError("no")


print(r.repr(Broken()).startswith("<Broken instance at 0x"))
print(reprlib.Repr().repr(Matrix([[0] * 20])))
print(reprlib.aRepr.maxlist, reprlib.aRepr.maxstring, reprlib.aRepr.maxlevel, reprlib.aRepr.fillvalue)
