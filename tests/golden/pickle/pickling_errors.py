# What cannot be pickled, with CPython's exceptions and messages.
import pickle
import copyreg


def outer():
    def local():
        pass
    return local


class Bad:
    def __init__(self, r):
        self.r = r

    def __reduce__(self):
        return self.r


attempts = [
    ("local function", lambda: pickle.dumps(outer())),
    ("lambda", lambda: pickle.dumps(lambda: 0)),
    ("generator", lambda: pickle.dumps(x for x in [])),
    ("module", lambda: pickle.dumps(pickle)),
    ("reduce int", lambda: pickle.dumps(Bad(5))),
    ("reduce 1-tuple", lambda: pickle.dumps(Bad((1,)))),
    ("not callable", lambda: pickle.dumps(Bad((1, ())))),
    ("args not tuple", lambda: pickle.dumps(Bad((len, [1])))),
    ("listitems", lambda: pickle.dumps(Bad((list, (), None, 5)))),
    ("dictitems", lambda: pickle.dumps(Bad((dict, (), None, None, 5)))),
    ("newobj empty", lambda: pickle.dumps(Bad((copyreg.__newobj__, ())), 2)),
    ("newobj not type", lambda: pickle.dumps(Bad((copyreg.__newobj__, (5,))), 2)),
    ("newobj wrong class", lambda: pickle.dumps(Bad((copyreg.__newobj__, (int,))), 2)),
    ("protocol 6", lambda: pickle.dumps(1, 6)),
    ("no write", lambda: pickle.Pickler(5)),
    ("missing global", lambda: pickle.dumps(Bad("nope"))),
]
for name, f in attempts:
    try:
        f()
    except Exception as e:
        print(name, "->", type(e).__module__, type(e).__name__, e)

print(pickle.dumps(1, -1))
pickle.dumps(outer())
