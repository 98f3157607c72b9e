# A mutable default is shared between calls.
def append(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append(1))
print(append(2))
print(append(3, []))
print(append(4))
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe(1), safe(2))
def counts(key, seen={}):
    seen[key] = seen.get(key, 0) + 1
    return dict(seen)
print(counts('a'), counts('b'), counts('a'))
