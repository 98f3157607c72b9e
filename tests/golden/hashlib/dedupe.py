# Finding duplicate records by content hash.
import hashlib

records = ["apple,1", "banana,2", "apple,1", "cherry,3", "banana,2", "apple,10"]
seen = {}
for i, rec in enumerate(records):
    key = hashlib.sha1(rec.encode()).hexdigest()
    if key in seen:
        print(f"record {i} duplicates record {seen[key]}: {rec}")
    else:
        seen[key] = i
print(len(seen), "unique")
print(sorted(k[:8] for k in seen))
