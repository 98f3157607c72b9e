"""Secure hashes and message digests. The hash objects are native (`_hashlib` for the SHA-2,
SHA-3, SHAKE, MD5 and SHA-1 families, `_blake2` for BLAKE2); `new`, `file_digest` and the
algorithm sets are written here."""

from _blake2 import blake2b, blake2s

try:
    import _hashlib
except ImportError:
    # `_hashlib` blocked (`sys.modules['_hashlib'] = None`, as tests do for CPython's builtin
    # hashes): the same hashes from the builtin modules, and `pbkdf2_hmac` written below.
    _hashlib = None
    from _md5 import md5
    from _sha1 import sha1
    from _sha256 import sha224, sha256
    from _sha512 import sha384, sha512
    from _sha3 import sha3_224, sha3_256, sha3_384, sha3_512, shake_128, shake_256
else:
    from _hashlib import pbkdf2_hmac
    md5 = _hashlib.openssl_md5
    sha1 = _hashlib.openssl_sha1
    sha224 = _hashlib.openssl_sha224
    sha256 = _hashlib.openssl_sha256
    sha384 = _hashlib.openssl_sha384
    sha512 = _hashlib.openssl_sha512
    sha3_224 = _hashlib.openssl_sha3_224
    sha3_256 = _hashlib.openssl_sha3_256
    sha3_384 = _hashlib.openssl_sha3_384
    sha3_512 = _hashlib.openssl_sha3_512
    shake_128 = _hashlib.openssl_shake_128
    shake_256 = _hashlib.openssl_shake_256

if _hashlib is None:
    def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
        """PBKDF2 (RFC 8018) with HMAC over the hash `hash_name`: `dklen` bytes of key."""
        import warnings
        warnings.warn("Python implementation of pbkdf2_hmac() is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        password, salt = memoryview(password).tobytes(), memoryview(salt).tobytes()
        if iterations < 1:
            raise ValueError("iteration value must be greater than 0.")
        inner, outer = new(hash_name), new(hash_name)
        size = inner.block_size
        if len(password) > size:
            password = new(hash_name, password).digest()
        password = password.ljust(size, b"\0")
        inner.update(bytes(b ^ 0x36 for b in password))
        outer.update(bytes(b ^ 0x5C for b in password))

        def prf(data):
            i, o = inner.copy(), outer.copy()
            i.update(data)
            o.update(i.digest())
            return o.digest()

        dklen = outer.digest_size if dklen is None else dklen
        if dklen < 1:
            raise ValueError("key length must be greater than 0.")
        key, block = b"", 1
        while len(key) < dklen:
            u = prf(salt + block.to_bytes(4, "big"))
            acc = int.from_bytes(u, "big")
            for _ in range(iterations - 1):
                u = prf(u)
                acc ^= int.from_bytes(u, "big")
            key += acc.to_bytes(len(u), "big")
            block += 1
        return key[:dklen]

algorithms_guaranteed = set((
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
    "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"))
algorithms_available = set(algorithms_guaranteed)
if _hashlib is not None:
    algorithms_available |= {"sha512_224", "sha512_256"}

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
           "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
           "new", "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac",
           "file_digest")

_BLAKE2 = {"blake2b": blake2b, "blake2s": blake2s}

# The builtin module of each hash (MD5, SHA-1 and SHA-2 also by their upper-case names).
_BUILTIN_MODULES = {
    "md5": "_md5", "sha1": "_sha1", "sha224": "_sha256", "sha256": "_sha256",
    "sha384": "_sha512", "sha512": "_sha512", "blake2b": "_blake2", "blake2s": "_blake2",
    "sha3_224": "_sha3", "sha3_256": "_sha3", "sha3_384": "_sha3", "sha3_512": "_sha3",
    "shake_128": "_sha3", "shake_256": "_sha3",
}
__builtin_constructor_cache = {}


def __get_builtin_constructor(name):
    """The constructor of the hash `name` from its builtin module (`_md5`, `_sha256`, …),
    remembered once found; ValueError when there is none (or its module is blocked)."""
    constructor = __builtin_constructor_cache.get(name)
    if constructor is not None:
        return constructor
    key = name
    if name.isupper() and name.lower() in ("md5", "sha1", "sha224", "sha256", "sha384",
                                           "sha512"):
        key = name.lower()
    module = _BUILTIN_MODULES.get(key)
    if module is not None:
        try:
            constructor = getattr(__import__(module), key)
        except ImportError:
            pass
        else:
            __builtin_constructor_cache[name] = constructor
            return constructor
    raise ValueError('unsupported hash type ' + name)


def __hash_new(name, data=b"", **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object)."""
    if name in _BLAKE2:
        return _BLAKE2[name](data, **kwargs)
    if _hashlib is None:
        return __get_builtin_constructor(name)(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object open for reading; `digest` is an algorithm's
    name or a constructor."""
    h = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, "getbuffer"):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable")
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        h.update(view[:size])
    return h
