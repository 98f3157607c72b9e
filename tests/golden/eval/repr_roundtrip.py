# repr() output read back with eval: data survives the round trip.
values = [42, -3.5, 1e-7, "text with 'quotes' and \"doubles\"", [1, (2, 3), {"k": None}],
          {1, 2}, (), (1,), True, None, 10**30, 2 + 3j, b"bytes\x00", {"nested": {"a": [1.5]}}]
for v in values:
    back = eval(repr(v))
    print(repr(v), back == v, type(back).__name__)
