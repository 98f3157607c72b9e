"""Random numbers and tokens for secrets (passwords, account tokens), from the system's random
source (`os.urandom`)."""

import base64 as _base64
import os as _os
from hmac import compare_digest

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex",
           "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32


class SystemRandom:
    """Random numbers from `os.urandom`: nothing to seed, no state to save."""

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        return (int.from_bytes(_os.urandom(7), "big") >> 3) * 2.0 ** -53

    def getrandbits(self, k):
        k = k.__index__()
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        size = (k + 7) // 8
        return int.from_bytes(_os.urandom(size), "big") >> (size * 8 - k)

    def randbytes(self, n):
        return _os.urandom(n)

    def _randbelow(self, n):
        bits = n.bit_length()
        r = self.getrandbits(bits)
        while r >= n:
            r = self.getrandbits(bits)
        return r

    def randrange(self, start, stop=None, step=1):
        start = start.__index__()
        if stop is None:
            if start > 0:
                return self._randbelow(start)
            raise ValueError("empty range for randrange()")
        stop = stop.__index__()
        step = step.__index__()
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError(f"empty range for randrange() ({start}, {stop}, {width})")
        if step == 0:
            raise ValueError("zero step for randrange()")
        n = (width + step - 1) // step if step > 0 else (width + step + 1) // step
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        pool = list(population)
        if not 0 <= k <= len(pool):
            raise ValueError("Sample larger than population or is negative")
        for i in range(k):
            j = i + self._randbelow(len(pool) - i)
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:k]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def seed(self, *args, **kwds):
        """Does nothing: the system's source cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """`nbytes` random bytes (32 by default)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _os.urandom(nbytes)


def token_hex(nbytes=None):
    """A random text of hex digits, two per byte of randomness."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe text: Base64 of `nbytes` random bytes without padding."""
    return _base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b"=").decode("ascii")
