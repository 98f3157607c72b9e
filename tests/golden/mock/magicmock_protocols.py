# MagicMock supports the protocols: len, iter, in, bool, item access, with, comparison, int.
from unittest.mock import MagicMock

m = MagicMock()
print(len(m), list(m), 1 in m, bool(m), int(m), float(m))
m.__len__.return_value = 3
m.__iter__.return_value = iter(["a", "b"])
m.__contains__.return_value = True
m.__getitem__.side_effect = lambda k: k.upper()
print(len(m), list(m), "x" in m, m["key"])
m["k"] = 5
print(m.__setitem__.call_args)
with m as entered:
    print(entered is m.__enter__.return_value)
print(m.__exit__.call_args)
print(m == m, m != m, m == 1)
m.__eq__.return_value = True
print(m == 1)
print(m.__len__.called, m.__getitem__.call_count)
m.__str__.return_value = "custom str"
print(str(m))
n = MagicMock()
n.__lt__.return_value = True
print(n < 5)
print(sorted(k for k in ["b", "a"]))
