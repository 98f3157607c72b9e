# Shared references are written once (memo); recursive structures come back recursive.
import pickle

inner = [1, 2]
shared = [inner, inner, (inner, inner)]
for proto in range(6):
    data = pickle.dumps(shared, proto)
    back = pickle.loads(data)
    print(proto, data)
    print(back, back[0] is back[1], back[2][0] is back[0])

loop = []
loop.append(loop)
d = {}
d["me"] = d
t = ([],)
t[0].append(t)
for proto in range(6):
    a = pickle.loads(pickle.dumps(loop, proto))
    b = pickle.loads(pickle.dumps(d, proto))
    c = pickle.loads(pickle.dumps(t, proto))
    print(proto, pickle.dumps(t, proto))
    print(a[0] is a, b["me"] is b, c[0][0] is c)
