# Module-level names of hmac.
import hmac

print(len(hmac.trans_5C), len(hmac.trans_36), hmac.trans_5C[:8], hmac.trans_36[:8])
print(hmac.digest_size)
print(hmac.HMAC.blocksize)
h = hmac.HMAC(b"key", b"msg", digestmod="sha256")
print(type(h).__name__, isinstance(h, hmac.HMAC))
print(repr(h).startswith("<hmac.HMAC object at 0x"))
