class P(tuple):
    pass


class S(str):
    pass


class I(int):
    pass


d = {P((1, 2)): 1, 'x': 2}
print(d.get((1, 2)), d[(1, 2)], (1, 2) in d)
e = {(1, 2): 'a', 'y': 3}
print(e.get(P((1, 2))), P((1, 2)) in e)
f = {S('k'): 1, 'z': 2, 5: 3}
print(f.get('k'), 'k' in f, f[S('z')], f[I(5)])
s = {S('a'), 'b', I(7)}
print('a' in s, S('b') in s, 7 in s)
g = {'k': 1, 'q': 2}
g[S('k')] = 10
print(g, type(list(g)[0]).__name__)


class H(str):
    def __hash__(self):
        return 42


h = {H('m'): 1, 'n': 2}
print(h.get('m'), h.get(H('m')))
