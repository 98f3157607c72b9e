# Classes, functions and builtins are pickled by their module and name.
import pickle
import collections


def helper(x):
    return x * 2


class Outer:
    class Inner:
        pass


things = [helper, Outer, Outer.Inner, len, int, dict, collections.OrderedDict, type(None),
          pickle.Pickler, ValueError, range, str]
for t in things:
    for proto in range(6):
        data = pickle.dumps(t, proto)
        back = pickle.loads(data)
        print(proto, data, back is t)
print(pickle.loads(pickle.dumps(helper))(21))
