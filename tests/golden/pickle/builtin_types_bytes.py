# The bytes of pickles of builtin values, for every protocol, are CPython's.
import pickle

values = [None, True, False, 0, 7, 255, 256, 65535, 65536, -1, 2**31 - 1, 2**31, -2**31 - 1,
          2**64, -2**70, 1.5, -0.0, float("inf"), "", "a", "word", "two words", "caf\u00e9",
          "\u20ac\U0001f600", b"", b"x", b"bytes", bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3),
          (1, 2, 3, 4), [], [1], [1, "a"], {}, {"k": 1}, {"a": 1, "b": [2]}, set(), {5},
          frozenset(), frozenset({3})]
for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        assert back == v or v != v, (v, back)
        assert type(back) is type(v)
        print(proto, repr(v), data)
