# Freeing lists, tuples and frozensets nested hundreds of thousands deep happens without deep
# native recursion, and a finalizer at the bottom runs before the statement that freed them
# ends, as in CPython.
N = 300000


class Sentinel:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('finalized', self.name)


x = [Sentinel('bottom of the lists')]
for i in range(N):
    x = [x]
del x
print('lists freed')

t = (Sentinel('bottom of the tuples'),)
for i in range(N):
    t = (t, i)
print(t[1], t[0][1])
t = None
print('tuples freed')

fs = frozenset()
for i in range(N // 2):
    fs = frozenset([fs, i])
fs = None
print('frozensets freed')


def build_and_drop(n):
    # Freed when the function's frame ends.
    local = [Sentinel('bottom of a local list')]
    for i in range(n):
        local = [local]
    return len(local)


print(build_and_drop(N))
print('done')
