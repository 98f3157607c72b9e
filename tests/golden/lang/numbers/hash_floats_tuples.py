# Float hashes agree with int hashes for whole values; tuples of numbers hash as CPython's do.
print(hash(1.5), hash(0.1), hash(-0.5), hash(1e300), hash(3.0), hash(-1.0))
print(hash(float('inf')), hash(float('-inf')), hash(1e-300), hash(5e-324))
print(hash(2.0**1000) == hash(2**1000), hash(1) == hash(1.0) == hash(True))
print(hash((1, 2)), hash(()), hash((1, (2, 3.5), -1)), hash((True,)))
print(hash((1, 2)) == hash((1.0, 2)))
print(hash('abc') == hash('abc'), hash(len) == hash(len))
