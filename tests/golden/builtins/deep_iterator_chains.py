# Lazy iterators wrapped in one another tens of thousands deep (a pipeline built in a loop)
# yield their items: each level of the chain asks the next, without a native stack overflow.
import itertools

DEPTH = 60000


def pipeline(source, stages):
    it = iter(source)
    for i in range(DEPTH):
        it = stages[i % len(stages)](it)
    return it


def identity_map(it):
    return map(lambda x: x, it)


it = pipeline(range(5), [lambda it: map(abs, it), lambda it: filter(None, it)])
print(list(it))

it = pipeline(range(3), [lambda it: zip(it), lambda it: map(lambda t: t[0], it)])
print(list(it))

it = pipeline(range(10), [lambda it: itertools.islice(it, 8), lambda it: itertools.chain(it)])
print(next(it), list(it))

it = pipeline(range(4), [identity_map, iter])
print(sum(it))
