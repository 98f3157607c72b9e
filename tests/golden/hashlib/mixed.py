# A sweep over every algorithm, its attributes, and the errors of the constructors.
import hashlib
for n in ['md5','sha1','sha224','sha256','sha384','sha512','sha3_224','sha3_256','sha3_384','sha3_512','blake2b','blake2s']:
    h=getattr(hashlib,n)(b'abc')
    print(n, h.hexdigest(), h.name, h.digest_size, h.block_size, type(h).__name__)
    print(repr(h).split(' @')[0].split(' at')[0])
for n in ['shake_128','shake_256']:
    h=hashlib.new(n, b'abc'); print(h.hexdigest(20), h.digest(5), h.digest_size, h.block_size)
print(hashlib.new('SHA512_256', b'x').hexdigest(), hashlib.new('sha512_224').hexdigest())
print(hashlib.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'abc', digest_size=20, key=b'k'*32, salt=b's'*8, person=b'p'*8).hexdigest())
print(hashlib.blake2b(key=b'x'*64).hexdigest())
print(hashlib.new('blake2b', b'a', digest_size=16).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password'*30, b'salt', 3, 50).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'salt', 2, dklen=100).hex())
h = hashlib.sha256(); h.update(b'a'); c = h.copy(); c.update(b'b'); print(h.hexdigest(), c.hexdigest())
h = hashlib.blake2b(key=b'k'); h.update(b'a'*300); c=h.copy(); print(h.hexdigest()==c.hexdigest(), c.hexdigest()[:20])
print(hashlib.md5(bytearray(b'x')).hexdigest(), hashlib.md5(memoryview(b'x')).hexdigest(), hashlib.sha1(string=b'x').hexdigest())
for f in [lambda: hashlib.md5('x'), lambda: hashlib.new('foo'), lambda: hashlib.sha256(1), lambda: hashlib.md5().update('s'), lambda: hashlib.shake_128(b'').hexdigest(), lambda: hashlib.shake_128(b'').hexdigest(-1), lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2b(key=b'x'*65), lambda: hashlib.blake2b(salt=b'x'*17), lambda: hashlib.blake2b(person=b'x'*17),lambda: hashlib.new(1), lambda: hashlib.sha256(data=b'x').hexdigest(),lambda: hashlib.sha256(string=b'x').hexdigest(), lambda: hashlib.md5(b'', usedforsecurity=False).hexdigest(), lambda: hashlib.md5(None), lambda: hashlib.md5().update(), lambda: hashlib.md5().update(b'a',b'b'), lambda: hashlib.md5(b'a',b'b'), lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0), lambda: hashlib.pbkdf2_hmac('sha256', 'p', b's', 1), lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 0), lambda: hashlib.blake2b(b'', b''), lambda: hashlib.blake2s(digest_size=0), lambda: hashlib.blake2b(key='s'), lambda: hashlib.shake_256().digest(0), lambda: hashlib.sha256().digest(3)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
