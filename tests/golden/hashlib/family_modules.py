# The per-family hash modules and the constant-time comparisons.
import _md5, _sha1, _sha256, _sha512, _sha3, _operator, hmac
print(_md5.md5(b'abc').hexdigest(), _sha1.sha1(b'abc').hexdigest()[:16], _sha256.sha224(b'').hexdigest()[:16], _sha256.sha256(b'x').name)
print(_sha512.sha384(b'a').digest_size, _sha512.sha512().block_size, _sha3.sha3_256(b'x').hexdigest()[:16], _sha3.shake_128(b'x').hexdigest(4))
print(_operator._compare_digest(b'ab', b'ab'), _operator._compare_digest('ab', 'ac'), hmac.compare_digest(bytearray(b'x'), memoryview(b'x')))
for f in (lambda: hmac.compare_digest('a', b'a'), lambda: hmac.compare_digest('é', 'é'), lambda: _operator._compare_digest(1, 2)):
    try: f()
    except TypeError as e: print("TypeError:", e)
print(_md5.md5(b'x', usedforsecurity=False).hexdigest())
