"""Secure hashes and message digests. The hash objects are native (`_hashlib` for the SHA-2,
SHA-3, SHAKE, MD5 and SHA-1 families, `_blake2` for BLAKE2); `new`, `file_digest` and the
algorithm sets are written here."""

import _hashlib
from _blake2 import blake2b, blake2s
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

algorithms_guaranteed = set((
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
    "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"))
algorithms_available = set(algorithms_guaranteed) | {"sha512_224", "sha512_256"}

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
           "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
           "new", "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac",
           "file_digest")

_BLAKE2 = {"blake2b": blake2b, "blake2s": blake2s}


def __hash_new(name, data=b"", **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object)."""
    if name in _BLAKE2:
        return _BLAKE2[name](data, **kwargs)
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
