# Pickler and Unpickler over files: several pickles in one stream, memo and clear_memo.
import io
import pickle

buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
shared = ["shared"]
p.dump(shared)
p.dump([shared, shared])
p.clear_memo()
p.dump(shared)
print(buf.getvalue())

buf.seek(0)
u = pickle.Unpickler(buf)
a = u.load()
b = u.load()
c = u.load()
print(a, b, c, b[0] is b[1])
try:
    u.load()
except EOFError as e:
    print("EOFError:", e)

f = io.BytesIO()
for proto in range(6):
    pickle.dump({"proto": proto, "data": [1.5, None]}, f, proto)
f.seek(0)
for proto in range(6):
    print(pickle.load(f))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.Pickler, pickle.Unpickler, pickle.PickleError, pickle.PicklingError, pickle.UnpicklingError)
print(issubclass(pickle.UnpicklingError, pickle.PickleError))
