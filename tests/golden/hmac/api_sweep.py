# A sweep over hmac.new, digest and compare_digest, with the errors CPython gives.
import hmac, hashlib
for f in [lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='md5'), lambda: hmac.new(b'k', 'msg', 'md5'), lambda: hmac.new(b'k', b'm', 'foo'), lambda: hmac.new(b'k', b'm', hashlib.sha256).name, lambda: hmac.new(b'k', b'm', hashlib).name, lambda: hmac.digest(b'k', b'm', 'sha1').hex(), lambda: hmac.compare_digest('a', b'a'), lambda: hmac.compare_digest('\xe9', 'a'), lambda: repr(hmac.new(b'k', digestmod='md5'))[:20], lambda: hmac.new(bytearray(b'k'), digestmod='md5').hexdigest(), lambda: hmac.new(memoryview(b'k'), digestmod='md5'), lambda: hmac.HMAC(b'k', digestmod='sha256').block_size, lambda: hmac.new(b'k', digestmod=lambda: hashlib.blake2b(digest_size=16)).name, lambda: hmac.new(b'k', digestmod='blake2b').name, lambda: hmac.digest(b'k', b'm', 'foo'), lambda: hmac.new(b'k', None, 'md5').digest_size, lambda: hmac.new(b'k', digestmod=3)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(hmac.trans_5C[:5], hmac.digest_size)
for a,b in [('a',b'a'),(b'a','a'),(1,2),(b'a',1),(1,b'a'),('a',1),(bytearray(b'a'), memoryview(b'a')), ('ab','ab'), (b'ab', b'abc')]:
  try: print(hmac.compare_digest(a,b))
  except Exception as e: print(type(e).__name__, e)
h = hmac.new(b'key'*50, b'hello', 'sha512'); c = h.copy(); c.update(b'x'); print(h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size, h.name)
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.md5).hexdigest())
