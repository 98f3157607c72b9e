# persistent_id and persistent_load keep some objects out of the pickle.
import io
import pickle


class Record:
    def __init__(self, key):
        self.key = key


DATABASE = {"r1": "row one", "r2": "row two"}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return "rec:" + obj.key
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, _, key = pid.partition(":")
        if kind != "rec":
            raise pickle.UnpicklingError("unknown persistent id")
        return DATABASE[key]


for proto in range(6):
    f = io.BytesIO()
    DBPickler(f, proto).dump([Record("r1"), 42, Record("r2")])
    print(proto, f.getvalue())
    f.seek(0)
    print(DBUnpickler(f).load())

f = io.BytesIO()
DBPickler(f, 2).dump(Record("r1"))
f.seek(0)
try:
    pickle.load(f)
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
