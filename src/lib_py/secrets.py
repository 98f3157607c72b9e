"""Random numbers and tokens for secrets (passwords, account tokens), from the system's random
source (`os.urandom`)."""

import base64 as _base64
import os as _os
from hmac import compare_digest
from random import SystemRandom

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex",
           "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32


_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand.randrange(exclusive_upper_bound)


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
