# isinstance and issubclass against the container ABCs, on builtins and on classes that define the methods.
import collections.abc as abc
from collections.abc import Mapping, Sequence, Iterable
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(iter([]), abc.Iterator))
print(isinstance([], abc.MutableSequence), isinstance((), abc.MutableSequence), isinstance("", abc.Sequence))
print(isinstance({}, abc.MutableMapping), isinstance(set(), abc.Set), isinstance(frozenset(), abc.MutableSet))
print(isinstance(1, abc.Hashable), isinstance([], abc.Hashable), isinstance(len, abc.Callable), isinstance(1, abc.Callable))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), abc.Iterator), issubclass(It, abc.Iterable), issubclass(It, abc.Sized))
async def f(): pass
c = f()
print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable))
c.close()
def g(): yield
print(isinstance(g(), abc.Generator), isinstance(g(), abc.Iterator))
class M(abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M({'a': 1, 'b': 2})
print(m.get('a'), 'b' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
print(isinstance(m, abc.Mapping), isinstance(m, dict))
try:
    abc.Mapping()
except TypeError as e: print(e)
class E:
    def __eq__(s, o): return False
print(isinstance(E(), abc.Hashable), isinstance(object(), abc.Hashable))
print(isinstance({}.keys(), abc.KeysView), isinstance({}.items(), abc.Set), isinstance(range(3), abc.Reversible))
