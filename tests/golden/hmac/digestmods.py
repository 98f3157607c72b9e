# digestmod as a name, a constructor, a module-like object, or a lambda.
import hashlib
import hmac

class _AlgoModule:
    """An object with new(), as old hash modules provided."""
    def new(self, data=b""):
        return hashlib.sha1(data)


Algo = _AlgoModule()

key, msg = b"k", b"message"
print(hmac.new(key, msg, "sha1").hexdigest())
print(hmac.new(key, msg, hashlib.sha1).hexdigest())
print(hmac.new(key, msg, Algo).hexdigest())
print(hmac.new(key, msg, lambda d=b"": hashlib.sha1(d)).hexdigest())
print(hmac.new(key, msg, "blake2b").hexdigest()[:32], hmac.new(key, msg, "blake2b").name)
print(hmac.new(key, msg, "sha3_256").hexdigest(), hmac.new(key, msg, "sha3_256").block_size)
print(hmac.digest(key, msg, "sha256").hex())
print(hmac.digest(key, msg, hashlib.md5).hex())
