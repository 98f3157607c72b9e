# Feeding an HMAC in pieces, and forking it with copy().
import hmac

h = hmac.new(b"key", digestmod="sha256")
for piece in [b"The ", b"quick ", b"brown ", b"fox"]:
    h.update(piece)
print(h.hexdigest() == hmac.new(b"key", b"The quick brown fox", "sha256").hexdigest())
c = h.copy()
c.update(b" jumps")
print(h.hexdigest())
print(c.hexdigest())
print(c.hexdigest() == hmac.new(b"key", b"The quick brown fox jumps", "sha256").hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()))
print(h.name, h.digest_size, h.block_size, c.name)
