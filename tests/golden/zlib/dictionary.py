# Preset dictionaries help small messages that share vocabulary.
import zlib

zdict = b'{"type": "event", "user": "", "action": "click", "timestamp": }'
msg = b'{"type": "event", "user": "bob", "action": "click", "timestamp": 1700000000}'
plain = zlib.compress(msg)
c = zlib.compressobj(zdict=zdict)
with_dict = c.compress(msg) + c.flush()
print(len(msg), len(plain), len(with_dict), with_dict.hex())
d = zlib.decompressobj(zdict=zdict)
print(d.decompress(with_dict) == msg)
c = zlib.compressobj(wbits=-15, zdict=zdict)
raw = c.compress(msg) + c.flush()
d = zlib.decompressobj(wbits=-15, zdict=zdict)
print(len(raw), d.decompress(raw) == msg)
