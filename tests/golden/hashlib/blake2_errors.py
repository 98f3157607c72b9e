# What the BLAKE2 constructors reject.
import hashlib

tries = [
    dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65), dict(salt=b"s" * 17),
    dict(person=b"p" * 17), dict(key="text"),
]
for kw in tries:
    try:
        hashlib.blake2b(b"x", **kw)
    except (ValueError, TypeError) as e:
        print(sorted(kw), type(e).__name__, e)
for kw in [dict(digest_size=33), dict(key=b"k" * 33), dict(salt=b"s" * 9), dict(person=b"p" * 9)]:
    try:
        hashlib.blake2s(**kw)
    except ValueError as e:
        print(sorted(kw), type(e).__name__, e)
try:
    hashlib.blake2b(b"a", b"b")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.blake2b("text")
except TypeError as e:
    print("TypeError:", e)
