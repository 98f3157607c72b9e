from collections import OrderedDict

o = OrderedDict([("x", 1), ("y", 2)])
o["z"] = 3
print(o)
o.move_to_end("x")
print(list(o), o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), isinstance(o, dict))
