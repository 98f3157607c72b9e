# A tiny content-addressed store, with git's blob hashing.
import hashlib

def git_blob_id(content):
    header = f"blob {len(content)}\0".encode()
    return hashlib.sha1(header + content).hexdigest()

print(git_blob_id(b""))
print(git_blob_id(b"hello world\n"))
store = {}
for text in ["first", "second", "first"]:
    oid = hashlib.sha256(text.encode()).hexdigest()
    store.setdefault(oid, text)
for oid, text in store.items():
    print(oid[:16], text)
