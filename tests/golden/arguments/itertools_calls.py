# The itertools classes and tee, called rightly and wrongly.
import itertools as it
try:
    print('it.count(1, 2, 3)', "->", repr(it.count(1, 2, 3)))
except Exception as e:
    print('it.count(1, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print('it.count(x=1)', "->", repr(it.count(x=1)))
except Exception as e:
    print('it.count(x=1)', "->", type(e).__name__ + ":", e)
try:
    print("it.count('a')", "->", repr(it.count('a')))
except Exception as e:
    print("it.count('a')", "->", type(e).__name__ + ":", e)
try:
    print('it.count(start=5, step=2)', "->", repr(it.count(start=5, step=2)))
except Exception as e:
    print('it.count(start=5, step=2)', "->", type(e).__name__ + ":", e)
try:
    print('it.count(1, start=2)', "->", repr(it.count(1, start=2)))
except Exception as e:
    print('it.count(1, start=2)', "->", type(e).__name__ + ":", e)
try:
    print("it.count(1.5, step='x')", "->", repr(it.count(1.5, step='x')))
except Exception as e:
    print("it.count(1.5, step='x')", "->", type(e).__name__ + ":", e)
try:
    print('it.cycle()', "->", repr(it.cycle()))
except Exception as e:
    print('it.cycle()', "->", type(e).__name__ + ":", e)
try:
    print('it.cycle(1, 2)', "->", repr(it.cycle(1, 2)))
except Exception as e:
    print('it.cycle(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('it.cycle(x=1)', "->", repr(it.cycle(x=1)))
except Exception as e:
    print('it.cycle(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.cycle(5)', "->", repr(it.cycle(5)))
except Exception as e:
    print('it.cycle(5)', "->", type(e).__name__ + ":", e)
try:
    print('it.repeat()', "->", repr(it.repeat()))
except Exception as e:
    print('it.repeat()', "->", type(e).__name__ + ":", e)
try:
    print('it.repeat(1, 2, 3)', "->", repr(it.repeat(1, 2, 3)))
except Exception as e:
    print('it.repeat(1, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print("it.repeat(1, times='a')", "->", repr(it.repeat(1, times='a')))
except Exception as e:
    print("it.repeat(1, times='a')", "->", type(e).__name__ + ":", e)
try:
    print('it.repeat(object=1, times=2)', "->", repr(it.repeat(object=1, times=2)))
except Exception as e:
    print('it.repeat(object=1, times=2)', "->", type(e).__name__ + ":", e)
try:
    print('it.repeat(1, x=2)', "->", repr(it.repeat(1, x=2)))
except Exception as e:
    print('it.repeat(1, x=2)', "->", type(e).__name__ + ":", e)
try:
    print('it.repeat(times=2)', "->", repr(it.repeat(times=2)))
except Exception as e:
    print('it.repeat(times=2)', "->", type(e).__name__ + ":", e)
try:
    print('it.islice()', "->", repr(it.islice()))
except Exception as e:
    print('it.islice()', "->", type(e).__name__ + ":", e)
try:
    print('it.islice([1])', "->", repr(it.islice([1])))
except Exception as e:
    print('it.islice([1])', "->", type(e).__name__ + ":", e)
try:
    print('it.islice([1], 1, 2, 3, 4)', "->", repr(it.islice([1], 1, 2, 3, 4)))
except Exception as e:
    print('it.islice([1], 1, 2, 3, 4)', "->", type(e).__name__ + ":", e)
try:
    print('it.islice([1], stop=1)', "->", repr(it.islice([1], stop=1)))
except Exception as e:
    print('it.islice([1], stop=1)', "->", type(e).__name__ + ":", e)
try:
    print("it.islice([1], 'a')", "->", repr(it.islice([1], 'a')))
except Exception as e:
    print("it.islice([1], 'a')", "->", type(e).__name__ + ":", e)
try:
    print('it.islice([1], -1)', "->", repr(it.islice([1], -1)))
except Exception as e:
    print('it.islice([1], -1)', "->", type(e).__name__ + ":", e)
try:
    print("it.islice([1], 0, 'a')", "->", repr(it.islice([1], 0, 'a')))
except Exception as e:
    print("it.islice([1], 0, 'a')", "->", type(e).__name__ + ":", e)
try:
    print('it.islice([1], 0, 2, 0)', "->", repr(it.islice([1], 0, 2, 0)))
except Exception as e:
    print('it.islice([1], 0, 2, 0)', "->", type(e).__name__ + ":", e)
try:
    print("it.islice([1], 0, 2, 'x')", "->", repr(it.islice([1], 0, 2, 'x')))
except Exception as e:
    print("it.islice([1], 0, 2, 'x')", "->", type(e).__name__ + ":", e)
try:
    print('it.chain(x=1)', "->", repr(it.chain(x=1)))
except Exception as e:
    print('it.chain(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.chain.from_iterable()', "->", repr(it.chain.from_iterable()))
except Exception as e:
    print('it.chain.from_iterable()', "->", type(e).__name__ + ":", e)
try:
    print('it.chain.from_iterable(1, 2)', "->", repr(it.chain.from_iterable(1, 2)))
except Exception as e:
    print('it.chain.from_iterable(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('it.chain.from_iterable(iterable=[1])', "->", repr(it.chain.from_iterable(iterable=[1])))
except Exception as e:
    print('it.chain.from_iterable(iterable=[1])', "->", type(e).__name__ + ":", e)
try:
    print('it.chain.from_iterable(5)', "->", repr(it.chain.from_iterable(5)))
except Exception as e:
    print('it.chain.from_iterable(5)', "->", type(e).__name__ + ":", e)
try:
    print('list(it.chain.from_iterable([[1], [2]]))', "->", repr(list(it.chain.from_iterable([[1], [2]]))))
except Exception as e:
    print('list(it.chain.from_iterable([[1], [2]]))', "->", type(e).__name__ + ":", e)
try:
    print('it.product(x=1)', "->", repr(it.product(x=1)))
except Exception as e:
    print('it.product(x=1)', "->", type(e).__name__ + ":", e)
try:
    print("it.product([1], repeat='a')", "->", repr(it.product([1], repeat='a')))
except Exception as e:
    print("it.product([1], repeat='a')", "->", type(e).__name__ + ":", e)
try:
    print('it.product([1], repeat=-1)', "->", repr(it.product([1], repeat=-1)))
except Exception as e:
    print('it.product([1], repeat=-1)', "->", type(e).__name__ + ":", e)
try:
    print('it.product(5)', "->", repr(it.product(5)))
except Exception as e:
    print('it.product(5)', "->", type(e).__name__ + ":", e)
try:
    print('it.product([1], repeat=1, x=2)', "->", repr(it.product([1], repeat=1, x=2)))
except Exception as e:
    print('it.product([1], repeat=1, x=2)', "->", type(e).__name__ + ":", e)
try:
    print('it.permutations()', "->", repr(it.permutations()))
except Exception as e:
    print('it.permutations()', "->", type(e).__name__ + ":", e)
try:
    print('it.permutations([1], 2, 3)', "->", repr(it.permutations([1], 2, 3)))
except Exception as e:
    print('it.permutations([1], 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print('it.permutations([1], x=1)', "->", repr(it.permutations([1], x=1)))
except Exception as e:
    print('it.permutations([1], x=1)', "->", type(e).__name__ + ":", e)
try:
    print("it.permutations([1], 'a')", "->", repr(it.permutations([1], 'a')))
except Exception as e:
    print("it.permutations([1], 'a')", "->", type(e).__name__ + ":", e)
try:
    print('it.permutations([1], -1)', "->", repr(it.permutations([1], -1)))
except Exception as e:
    print('it.permutations([1], -1)', "->", type(e).__name__ + ":", e)
try:
    print('it.permutations(5)', "->", repr(it.permutations(5)))
except Exception as e:
    print('it.permutations(5)', "->", type(e).__name__ + ":", e)
try:
    print('it.permutations(iterable=[1, 2], r=1)', "->", repr(it.permutations(iterable=[1, 2], r=1)))
except Exception as e:
    print('it.permutations(iterable=[1, 2], r=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.combinations([1])', "->", repr(it.combinations([1])))
except Exception as e:
    print('it.combinations([1])', "->", type(e).__name__ + ":", e)
try:
    print('it.combinations([1], 2, 3)', "->", repr(it.combinations([1], 2, 3)))
except Exception as e:
    print('it.combinations([1], 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print("it.combinations([1], r='a')", "->", repr(it.combinations([1], r='a')))
except Exception as e:
    print("it.combinations([1], r='a')", "->", type(e).__name__ + ":", e)
try:
    print('it.combinations([1], r=-1)', "->", repr(it.combinations([1], r=-1)))
except Exception as e:
    print('it.combinations([1], r=-1)', "->", type(e).__name__ + ":", e)
try:
    print('it.combinations(iterable=[1], r=1)', "->", repr(it.combinations(iterable=[1], r=1)))
except Exception as e:
    print('it.combinations(iterable=[1], r=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.combinations_with_replacement([1])', "->", repr(it.combinations_with_replacement([1])))
except Exception as e:
    print('it.combinations_with_replacement([1])', "->", type(e).__name__ + ":", e)
try:
    print('it.combinations_with_replacement([1], 1, 2)', "->", repr(it.combinations_with_replacement([1], 1, 2)))
except Exception as e:
    print('it.combinations_with_replacement([1], 1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('it.combinations_with_replacement([1], x=1)', "->", repr(it.combinations_with_replacement([1], x=1)))
except Exception as e:
    print('it.combinations_with_replacement([1], x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.groupby()', "->", repr(it.groupby()))
except Exception as e:
    print('it.groupby()', "->", type(e).__name__ + ":", e)
try:
    print('it.groupby([1], None, 3)', "->", repr(it.groupby([1], None, 3)))
except Exception as e:
    print('it.groupby([1], None, 3)', "->", type(e).__name__ + ":", e)
try:
    print('it.groupby([1], x=1)', "->", repr(it.groupby([1], x=1)))
except Exception as e:
    print('it.groupby([1], x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.groupby(5)', "->", repr(it.groupby(5)))
except Exception as e:
    print('it.groupby(5)', "->", type(e).__name__ + ":", e)
try:
    print('it.groupby(iterable=[1], key=None)', "->", repr(it.groupby(iterable=[1], key=None)))
except Exception as e:
    print('it.groupby(iterable=[1], key=None)', "->", type(e).__name__ + ":", e)
try:
    print('it.accumulate()', "->", repr(it.accumulate()))
except Exception as e:
    print('it.accumulate()', "->", type(e).__name__ + ":", e)
try:
    print('it.accumulate([1], None, 3)', "->", repr(it.accumulate([1], None, 3)))
except Exception as e:
    print('it.accumulate([1], None, 3)', "->", type(e).__name__ + ":", e)
try:
    print('it.accumulate([1], x=1)', "->", repr(it.accumulate([1], x=1)))
except Exception as e:
    print('it.accumulate([1], x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.accumulate([1], initial=1, x=2)', "->", repr(it.accumulate([1], initial=1, x=2)))
except Exception as e:
    print('it.accumulate([1], initial=1, x=2)', "->", type(e).__name__ + ":", e)
try:
    print('it.accumulate(5)', "->", repr(it.accumulate(5)))
except Exception as e:
    print('it.accumulate(5)', "->", type(e).__name__ + ":", e)
try:
    print('list(it.accumulate(iterable=[1, 2], func=None, initial=10))', "->", repr(list(it.accumulate(iterable=[1, 2], func=None, initial=10))))
except Exception as e:
    print('list(it.accumulate(iterable=[1, 2], func=None, initial=10))', "->", type(e).__name__ + ":", e)
try:
    print('it.zip_longest(x=1)', "->", repr(it.zip_longest(x=1)))
except Exception as e:
    print('it.zip_longest(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.zip_longest([1], fillvalue=1, x=2)', "->", repr(it.zip_longest([1], fillvalue=1, x=2)))
except Exception as e:
    print('it.zip_longest([1], fillvalue=1, x=2)', "->", type(e).__name__ + ":", e)
try:
    print('it.zip_longest(5)', "->", repr(it.zip_longest(5)))
except Exception as e:
    print('it.zip_longest(5)', "->", type(e).__name__ + ":", e)
try:
    print('it.starmap()', "->", repr(it.starmap()))
except Exception as e:
    print('it.starmap()', "->", type(e).__name__ + ":", e)
try:
    print('it.starmap(1)', "->", repr(it.starmap(1)))
except Exception as e:
    print('it.starmap(1)', "->", type(e).__name__ + ":", e)
try:
    print('it.starmap(1, 2, 3)', "->", repr(it.starmap(1, 2, 3)))
except Exception as e:
    print('it.starmap(1, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print('it.starmap(x=1)', "->", repr(it.starmap(x=1)))
except Exception as e:
    print('it.starmap(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.takewhile(1)', "->", repr(it.takewhile(1)))
except Exception as e:
    print('it.takewhile(1)', "->", type(e).__name__ + ":", e)
try:
    print('it.takewhile(1, 2, 3)', "->", repr(it.takewhile(1, 2, 3)))
except Exception as e:
    print('it.takewhile(1, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print('it.takewhile(x=1)', "->", repr(it.takewhile(x=1)))
except Exception as e:
    print('it.takewhile(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.dropwhile(1)', "->", repr(it.dropwhile(1)))
except Exception as e:
    print('it.dropwhile(1)', "->", type(e).__name__ + ":", e)
try:
    print('it.dropwhile(x=1)', "->", repr(it.dropwhile(x=1)))
except Exception as e:
    print('it.dropwhile(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.filterfalse(1)', "->", repr(it.filterfalse(1)))
except Exception as e:
    print('it.filterfalse(1)', "->", type(e).__name__ + ":", e)
try:
    print('it.filterfalse(None, 5)', "->", repr(it.filterfalse(None, 5)))
except Exception as e:
    print('it.filterfalse(None, 5)', "->", type(e).__name__ + ":", e)
try:
    print('it.filterfalse(x=1)', "->", repr(it.filterfalse(x=1)))
except Exception as e:
    print('it.filterfalse(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.compress()', "->", repr(it.compress()))
except Exception as e:
    print('it.compress()', "->", type(e).__name__ + ":", e)
try:
    print('it.compress([1])', "->", repr(it.compress([1])))
except Exception as e:
    print('it.compress([1])', "->", type(e).__name__ + ":", e)
try:
    print('it.compress([1], [1], [1])', "->", repr(it.compress([1], [1], [1])))
except Exception as e:
    print('it.compress([1], [1], [1])', "->", type(e).__name__ + ":", e)
try:
    print('it.compress([1], x=1)', "->", repr(it.compress([1], x=1)))
except Exception as e:
    print('it.compress([1], x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.compress(data=[1], selectors=[1])', "->", repr(it.compress(data=[1], selectors=[1])))
except Exception as e:
    print('it.compress(data=[1], selectors=[1])', "->", type(e).__name__ + ":", e)
try:
    print('it.pairwise()', "->", repr(it.pairwise()))
except Exception as e:
    print('it.pairwise()', "->", type(e).__name__ + ":", e)
try:
    print('it.pairwise(1, 2)', "->", repr(it.pairwise(1, 2)))
except Exception as e:
    print('it.pairwise(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('it.pairwise(x=1)', "->", repr(it.pairwise(x=1)))
except Exception as e:
    print('it.pairwise(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('it.pairwise(5)', "->", repr(it.pairwise(5)))
except Exception as e:
    print('it.pairwise(5)', "->", type(e).__name__ + ":", e)
try:
    print('it.tee()', "->", repr(it.tee()))
except Exception as e:
    print('it.tee()', "->", type(e).__name__ + ":", e)
try:
    print('it.tee(1, 2, 3)', "->", repr(it.tee(1, 2, 3)))
except Exception as e:
    print('it.tee(1, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print('it.tee([1], n=2)', "->", repr(it.tee([1], n=2)))
except Exception as e:
    print('it.tee([1], n=2)', "->", type(e).__name__ + ":", e)
try:
    print("it.tee([1], 'a')", "->", repr(it.tee([1], 'a')))
except Exception as e:
    print("it.tee([1], 'a')", "->", type(e).__name__ + ":", e)
try:
    print('it.tee([1], -1)', "->", repr(it.tee([1], -1)))
except Exception as e:
    print('it.tee([1], -1)', "->", type(e).__name__ + ":", e)
try:
    print('it.tee(5)', "->", repr(it.tee(5)))
except Exception as e:
    print('it.tee(5)', "->", type(e).__name__ + ":", e)
try:
    print('type(it.tee([1])[0])()', "->", repr(type(it.tee([1])[0])()))
except Exception as e:
    print('type(it.tee([1])[0])()', "->", type(e).__name__ + ":", e)
try:
    print('it._tee()', "->", repr(it._tee()))
except Exception as e:
    print('it._tee()', "->", type(e).__name__ + ":", e)
try:
    print('it._tee(5)', "->", repr(it._tee(5)))
except Exception as e:
    print('it._tee(5)', "->", type(e).__name__ + ":", e)
try:
    print('list(it._tee([1, 2]))', "->", repr(list(it._tee([1, 2]))))
except Exception as e:
    print('list(it._tee([1, 2]))', "->", type(e).__name__ + ":", e)
try:
    print('it._tee([1], [2])', "->", repr(it._tee([1], [2])))
except Exception as e:
    print('it._tee([1], [2])', "->", type(e).__name__ + ":", e)
try:
    print('it._tee(x=[1])', "->", repr(it._tee(x=[1])))
except Exception as e:
    print('it._tee(x=[1])', "->", type(e).__name__ + ":", e)
try:
    print("list(it.islice('abcdef', 2))", "->", repr(list(it.islice('abcdef', 2))))
except Exception as e:
    print("list(it.islice('abcdef', 2))", "->", type(e).__name__ + ":", e)
try:
    print("list(it.islice('abcdef', 1, 4))", "->", repr(list(it.islice('abcdef', 1, 4))))
except Exception as e:
    print("list(it.islice('abcdef', 1, 4))", "->", type(e).__name__ + ":", e)
try:
    print("list(it.islice('abcdef', None, None, 2))", "->", repr(list(it.islice('abcdef', None, None, 2))))
except Exception as e:
    print("list(it.islice('abcdef', None, None, 2))", "->", type(e).__name__ + ":", e)
try:
    print("list(it.islice('abcdef', 1, None))", "->", repr(list(it.islice('abcdef', 1, None))))
except Exception as e:
    print("list(it.islice('abcdef', 1, None))", "->", type(e).__name__ + ":", e)
try:
    print("list(it.repeat('x', -1))", "->", repr(list(it.repeat('x', -1))))
except Exception as e:
    print("list(it.repeat('x', -1))", "->", type(e).__name__ + ":", e)
try:
    print("list(it.repeat('x', times=2))", "->", repr(list(it.repeat('x', times=2))))
except Exception as e:
    print("list(it.repeat('x', times=2))", "->", type(e).__name__ + ":", e)
try:
    print("it.repeat('x', 2**70)", "->", repr(it.repeat('x', 2**70)))
except Exception as e:
    print("it.repeat('x', 2**70)", "->", type(e).__name__ + ":", e)
try:
    print('it.product([1], repeat=2**70)', "->", repr(it.product([1], repeat=2**70)))
except Exception as e:
    print('it.product([1], repeat=2**70)', "->", type(e).__name__ + ":", e)
try:
    print("list(it.product('ab', repeat=2))", "->", repr(list(it.product('ab', repeat=2))))
except Exception as e:
    print("list(it.product('ab', repeat=2))", "->", type(e).__name__ + ":", e)
try:
    print('list(it.product())', "->", repr(list(it.product())))
except Exception as e:
    print('list(it.product())', "->", type(e).__name__ + ":", e)
try:
    print('it.product(repeat=1, x=2)', "->", repr(it.product(repeat=1, x=2)))
except Exception as e:
    print('it.product(repeat=1, x=2)', "->", type(e).__name__ + ":", e)
try:
    print("list(it.permutations('abc', 2))", "->", repr(list(it.permutations('abc', 2))))
except Exception as e:
    print("list(it.permutations('abc', 2))", "->", type(e).__name__ + ":", e)
try:
    print("list(it.permutations('ab', None))", "->", repr(list(it.permutations('ab', None))))
except Exception as e:
    print("list(it.permutations('ab', None))", "->", type(e).__name__ + ":", e)
try:
    print("it.permutations('ab', True)", "->", repr(it.permutations('ab', True)))
except Exception as e:
    print("it.permutations('ab', True)", "->", type(e).__name__ + ":", e)
try:
    print("list(it.combinations('abc', 2))", "->", repr(list(it.combinations('abc', 2))))
except Exception as e:
    print("list(it.combinations('abc', 2))", "->", type(e).__name__ + ":", e)
try:
    print("list(it.combinations_with_replacement('ab', 2))", "->", repr(list(it.combinations_with_replacement('ab', 2))))
except Exception as e:
    print("list(it.combinations_with_replacement('ab', 2))", "->", type(e).__name__ + ":", e)
try:
    print("list(it.zip_longest('ab', 'c', fillvalue='-'))", "->", repr(list(it.zip_longest('ab', 'c', fillvalue='-'))))
except Exception as e:
    print("list(it.zip_longest('ab', 'c', fillvalue='-'))", "->", type(e).__name__ + ":", e)
try:
    print('list(it.zip_longest())', "->", repr(list(it.zip_longest())))
except Exception as e:
    print('list(it.zip_longest())', "->", type(e).__name__ + ":", e)
try:
    print('list(it.starmap(pow, [(2, 3)]))', "->", repr(list(it.starmap(pow, [(2, 3)]))))
except Exception as e:
    print('list(it.starmap(pow, [(2, 3)]))', "->", type(e).__name__ + ":", e)
try:
    print('list(it.takewhile(lambda x: x < 2, [1, 2, 3]))', "->", repr(list(it.takewhile(lambda x: x < 2, [1, 2, 3]))))
except Exception as e:
    print('list(it.takewhile(lambda x: x < 2, [1, 2, 3]))', "->", type(e).__name__ + ":", e)
try:
    print('list(it.dropwhile(lambda x: x < 2, [1, 2, 3]))', "->", repr(list(it.dropwhile(lambda x: x < 2, [1, 2, 3]))))
except Exception as e:
    print('list(it.dropwhile(lambda x: x < 2, [1, 2, 3]))', "->", type(e).__name__ + ":", e)
try:
    print('list(it.filterfalse(None, [0, 1, 0, 2]))', "->", repr(list(it.filterfalse(None, [0, 1, 0, 2]))))
except Exception as e:
    print('list(it.filterfalse(None, [0, 1, 0, 2]))', "->", type(e).__name__ + ":", e)
try:
    print("list(it.compress('abc', [1, 0, 1]))", "->", repr(list(it.compress('abc', [1, 0, 1]))))
except Exception as e:
    print("list(it.compress('abc', [1, 0, 1]))", "->", type(e).__name__ + ":", e)
try:
    print("list(it.pairwise('abc'))", "->", repr(list(it.pairwise('abc'))))
except Exception as e:
    print("list(it.pairwise('abc'))", "->", type(e).__name__ + ":", e)
try:
    print("[list(t) for t in it.tee('ab', 3)]", "->", repr([list(t) for t in it.tee('ab', 3)]))
except Exception as e:
    print("[list(t) for t in it.tee('ab', 3)]", "->", type(e).__name__ + ":", e)
try:
    print("it.tee('ab', 0)", "->", repr(it.tee('ab', 0)))
except Exception as e:
    print("it.tee('ab', 0)", "->", type(e).__name__ + ":", e)
try:
    print("[(k, list(g)) for k, g in it.groupby('aabbc')]", "->", repr([(k, list(g)) for k, g in it.groupby('aabbc')]))
except Exception as e:
    print("[(k, list(g)) for k, g in it.groupby('aabbc')]", "->", type(e).__name__ + ":", e)
try:
    print('list(it.accumulate([1, 2, 3], initial=None))', "->", repr(list(it.accumulate([1, 2, 3], initial=None))))
except Exception as e:
    print('list(it.accumulate([1, 2, 3], initial=None))', "->", type(e).__name__ + ":", e)
try:
    print("list(it.chain('ab', 'cd'))", "->", repr(list(it.chain('ab', 'cd'))))
except Exception as e:
    print("list(it.chain('ab', 'cd'))", "->", type(e).__name__ + ":", e)
try:
    print('it.chain.from_iterable.__name__', "->", repr(it.chain.from_iterable.__name__))
except Exception as e:
    print('it.chain.from_iterable.__name__', "->", type(e).__name__ + ":", e)
try:
    print('it.count.__name__', "->", repr(it.count.__name__))
except Exception as e:
    print('it.count.__name__', "->", type(e).__name__ + ":", e)
try:
    print('it.chain.from_iterable.__self__', "->", repr(it.chain.from_iterable.__self__))
except Exception as e:
    print('it.chain.from_iterable.__self__', "->", type(e).__name__ + ":", e)
