# Arrays survive pickling at every protocol, copying and deep copying.
import copy
import pickle
from array import array

for tc, items in [("b", [1, -1]), ("Q", [2**64 - 1]), ("d", [0.25]), ("u", "hi")]:
    a = array(tc, items)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        assert b == a and b.typecode == tc, (tc, proto)
    print(tc, "ok", a.__reduce_ex__(2)[1])
print(a.__reduce_ex__(3)[0].__name__)
a = array("i", [1, 2])
c = copy.copy(a)
d = copy.deepcopy(a)
c.append(3)
print(a, c, d, c is not a)
