# Iteration edges: zip() of nothing, zip strict, iter(callable, sentinel), enumerate from a big
# start, itertools with empty or extreme arguments, the sequence protocol (lazily, even when
# endless) and reversed() of user sequences.
import itertools
print(list(zip()), list(zip([])), list(zip([1, 2], 'abc')), list(zip(range(3), range(10), 'ab')))
print(list(map(lambda *a: a, [1, 2], 'xyz')))
try:
    map(len)
except TypeError as e:
    print(e)
print(list(enumerate('ab', 2**70)), list(enumerate('ab', start=-1)))
try:
    enumerate('ab', 1.5)
except TypeError as e:
    print(e)
print(list(zip('abc', [1, 2, 3], strict=True)))
try:
    list(zip('abc', [1, 2], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip('ab', [1, 2, 3], 'x', strict=True))
except ValueError as e:
    print(e)
it = iter([1, 2, 3, 0, 5].pop, 0)
print(list(iter([5, 0, 3, 2, 1].pop, 0)))
n = 0
def count():
    global n
    n += 1
    return n
print(list(iter(count, 5)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
print(list(itertools.islice(itertools.count(), 3)), list(itertools.islice('abcdef', 1, None, 2)))
print(list(itertools.zip_longest()), list(itertools.product()), list(itertools.chain()), list(itertools.chain.from_iterable([])))
print(list(itertools.zip_longest('ab', [1], fillvalue='-')))
print(list(itertools.islice(itertools.cycle([]), 5)), list(itertools.repeat('x', 0)), list(itertools.repeat('x', -3)))
print(list(itertools.accumulate([])), list(itertools.combinations('abc', 5)), list(itertools.permutations('ab', 0)), list(itertools.combinations_with_replacement('', 0)))
try:
    list(itertools.islice('abc', -1))
except ValueError as e:
    print(e)
try:
    list(itertools.islice('abc', 0, 2, 0))
except ValueError as e:
    print(e)
for args in [(2**70,), (2, 2**70), (2**63 - 1,), (1, None, 2**70)]:
    try:
        print(list(itertools.islice('abcdef', *args)))
    except ValueError as e:
        print(e)
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.groupby('')), [(k, list(g)) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.starmap(pow, [(2, 3)])), list(itertools.compress('abc', [1, 0, 1])), list(itertools.filterfalse(None, [0, 1, 2])))
a, b = itertools.tee([1, 2, 3]); print(list(a), list(b))
print(list(itertools.pairwise('abc')), list(itertools.pairwise('a')))
class Seq:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i * i
print(list(Seq()), 16 in Seq(), list(zip(Seq(), 'ab')))
class Forever:
    def __getitem__(self, i):
        return i
print(list(zip(Forever(), 'abc')), 7 in Forever())
for x in Forever():
    if x > 3: break
print(x)
print(list(reversed(range(5))), list(reversed([1, 2])), list(reversed('ab')))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return 'r%d' % i
print(list(reversed(Rev())))
class Rev2:
    def __reversed__(self): return iter('zyx')
print(list(reversed(Rev2())))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(None, [0, 1, '', 'a'])
print(list(f), list(f))
print(sum(x for x in range(5)), any([]), all([]), max([], default=7), min(iter([3, 1, 2])))
