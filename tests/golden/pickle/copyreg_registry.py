# copyreg.pickle registers a reduction; extension codes shorten globals.
import copyreg
import io
import pickle


class Vector:
    def __init__(self, *coords):
        self.coords = coords

    def __repr__(self):
        return f"Vector{self.coords}"


def reduce_vector(v):
    return Vector, v.coords


copyreg.pickle(Vector, reduce_vector)
for proto in range(6):
    data = pickle.dumps(Vector(1, 2), proto)
    print(proto, data, pickle.loads(data))
print(copyreg.dispatch_table[complex](3 + 4j))
print(pickle.dumps(3 + 4j, 2))

copyreg.add_extension(__name__, "Vector", 200)
copyreg.add_extension("collections", "OrderedDict", 70000)
import collections
for proto in (1, 2, 4):
    data = pickle.dumps([Vector, collections.OrderedDict], proto)
    print(proto, data, pickle.loads(data))
try:
    copyreg.add_extension("x", "y", 200)
except ValueError as e:
    print("ValueError:", e)
copyreg.remove_extension(__name__, "Vector", 200)
print(pickle.dumps(Vector, 2))


class Own(pickle.Pickler):
    dispatch_table = {Vector: lambda v: (Vector, (0,))}


f = io.BytesIO()
Own(f, 2).dump(Vector(5, 5))
print(f.getvalue(), pickle.loads(f.getvalue()))
try:
    copyreg.pickle(Vector, 5)
except TypeError as e:
    print("TypeError:", e)
