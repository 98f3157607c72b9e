"""HMAC (keyed-hashing for message authentication, RFC 2104) over any `hashlib` algorithm."""

import hashlib as _hashlib
from _hashlib import compare_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


def _constructor(digestmod):
    """A function making a fresh hash object from `digestmod`: a name, a constructor or a
    module with `new`."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b"": _hashlib.new(digestmod, d)
    return lambda d=b"": digestmod.new(d)


class HMAC:
    """An HMAC object: `update` with message data, then `digest` or `hexdigest`."""

    blocksize = 64

    __slots__ = ("_digest_cons", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = _constructor(digestmod)
        self._inner = self._digest_cons()
        self._outer = self._digest_cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, "block_size", None)
        if blocksize is None or blocksize < 16:
            import warnings
            if blocksize is None:
                warnings.warn("No block_size attribute on given digest object; Assuming %d."
                              % self.blocksize, RuntimeWarning, 2)
            else:
                warnings.warn("block_size of %d seems too small; using our default of %d."
                              % (blocksize, self.blocksize), RuntimeWarning, 2)
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = self._digest_cons(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b"\0")
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feeds more of the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this HMAC, for messages sharing a prefix."""
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of the message so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of the message so far, as hex digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object keyed with `key`, over `digestmod` (required)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` in one call."""
    return HMAC(key, msg, digest).digest()
