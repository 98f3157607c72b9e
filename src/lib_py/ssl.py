"""ssl: the names of CPython's ssl module, without TLS.

corun has no TLS implementation. This module exists so that programs which import ssl for
an optional secure mode (a flag, a URL scheme) run their plain mode: its constants, enums and
exception classes are CPython's, and everything that would need TLS (making a context,
wrapping a socket) raises NotImplementedError naming itself.
"""

import enum as _enum
from socket import SOCK_STREAM, SOL_SOCKET, SO_TYPE

OPENSSL_VERSION = "corun: no TLS"
OPENSSL_VERSION_INFO = (0, 0, 0, 0, 0)
OPENSSL_VERSION_NUMBER = 0
HAS_SNI = HAS_ALPN = HAS_ECDH = HAS_TLSv1_3 = False
HAS_NPN = HAS_SSLv2 = HAS_SSLv3 = HAS_TLSv1 = HAS_TLSv1_1 = HAS_TLSv1_2 = False
HAS_NEVER_CHECK_COMMON_NAME = False
CHANNEL_BINDING_TYPES = []
PEM_HEADER = "-----BEGIN CERTIFICATE-----"
PEM_FOOTER = "-----END CERTIFICATE-----"


class VerifyMode(_enum.IntEnum):
    CERT_NONE = 0
    CERT_OPTIONAL = 1
    CERT_REQUIRED = 2


class _SSLMethod(_enum.IntEnum):
    PROTOCOL_TLS = 2
    PROTOCOL_TLS_CLIENT = 16
    PROTOCOL_TLS_SERVER = 17


class Options(_enum.IntFlag):
    OP_ALL = 2147483728
    OP_NO_SSLv2 = 0
    OP_NO_SSLv3 = 33554432
    OP_NO_TLSv1 = 67108864
    OP_NO_TLSv1_1 = 268435456
    OP_NO_TLSv1_2 = 134217728
    OP_NO_TLSv1_3 = 536870912
    OP_NO_COMPRESSION = 131072
    OP_NO_TICKET = 16384
    OP_NO_RENEGOTIATION = 1073741824
    OP_CIPHER_SERVER_PREFERENCE = 4194304
    OP_SINGLE_DH_USE = 0
    OP_SINGLE_ECDH_USE = 0
    OP_ENABLE_MIDDLEBOX_COMPAT = 1048576
    OP_IGNORE_UNEXPECTED_EOF = 128


class VerifyFlags(_enum.IntFlag):
    VERIFY_DEFAULT = 0
    VERIFY_CRL_CHECK_LEAF = 4
    VERIFY_CRL_CHECK_CHAIN = 12
    VERIFY_X509_STRICT = 32
    VERIFY_ALLOW_PROXY_CERTS = 64
    VERIFY_X509_TRUSTED_FIRST = 32768
    VERIFY_X509_PARTIAL_CHAIN = 524288


class SSLErrorNumber(_enum.IntEnum):
    SSL_ERROR_SSL = 1
    SSL_ERROR_WANT_READ = 2
    SSL_ERROR_WANT_WRITE = 3
    SSL_ERROR_WANT_X509_LOOKUP = 4
    SSL_ERROR_SYSCALL = 5
    SSL_ERROR_ZERO_RETURN = 6
    SSL_ERROR_WANT_CONNECT = 7
    SSL_ERROR_EOF = 8
    SSL_ERROR_INVALID_ERROR_CODE = 10


class TLSVersion(_enum.IntEnum):
    MINIMUM_SUPPORTED = -2
    SSLv3 = 768
    TLSv1 = 769
    TLSv1_1 = 770
    TLSv1_2 = 771
    TLSv1_3 = 772
    MAXIMUM_SUPPORTED = -1


globals().update(VerifyMode.__members__)
globals().update(_SSLMethod.__members__)
globals().update(Options.__members__)
globals().update(VerifyFlags.__members__)
globals().update(SSLErrorNumber.__members__)
PROTOCOL_SSLv23 = PROTOCOL_TLS


class SSLError(OSError):
    library = None
    reason = None

    def __str__(self):
        if self.strerror is not None:
            return self.strerror
        return super().__str__()


class SSLZeroReturnError(SSLError):
    pass


class SSLWantReadError(SSLError):
    pass


class SSLWantWriteError(SSLError):
    pass


class SSLSyscallError(SSLError):
    pass


class SSLEOFError(SSLError):
    pass


class SSLCertVerificationError(SSLError, ValueError):
    verify_code = None
    verify_message = None


CertificateError = SSLCertVerificationError
socket_error = OSError


class Purpose(_enum.Enum):
    SERVER_AUTH = (129, "serverAuth", "TLS Web Server Authentication", "1.3.6.1.5.5.7.3.1")
    CLIENT_AUTH = (130, "clientAuth", "TLS Web Client Authentication", "1.3.6.1.5.5.7.3.2")


def _no_tls(what):
    return NotImplementedError(f"{what}: corun has no TLS implementation")


class SSLContext:
    """Refused when made: corun cannot do TLS."""

    def __new__(cls, protocol=None, *args, **kwargs):
        raise _no_tls("ssl.SSLContext")


class SSLObject:
    def __new__(cls, *args, **kwargs):
        raise _no_tls("ssl.SSLObject")


class SSLSocket:
    def __new__(cls, *args, **kwargs):
        raise _no_tls("ssl.SSLSocket")


class MemoryBIO:
    def __new__(cls, *args, **kwargs):
        raise _no_tls("ssl.MemoryBIO")


def create_default_context(purpose=Purpose.SERVER_AUTH, *, cafile=None, capath=None,
                           cadata=None):
    raise _no_tls("ssl.create_default_context")


def _create_unverified_context(*args, **kwargs):
    raise _no_tls("ssl._create_unverified_context")


_create_default_https_context = create_default_context


def wrap_socket(*args, **kwargs):
    raise _no_tls("ssl.wrap_socket")


def get_server_certificate(addr, ssl_version=PROTOCOL_TLS_CLIENT, ca_certs=None, timeout=None):
    raise _no_tls("ssl.get_server_certificate")


def RAND_bytes(n):
    import os
    if n < 0:
        raise ValueError("num must be positive")
    return os.urandom(n)


def RAND_status():
    return True


def RAND_add(string, entropy):
    return None


def DER_cert_to_PEM_cert(der_cert_bytes):
    import base64
    import textwrap
    f = str(base64.standard_b64encode(der_cert_bytes), "ASCII", "strict")
    return PEM_HEADER + "\n" + textwrap.fill(f, 64) + "\n" + PEM_FOOTER + "\n"


def PEM_cert_to_DER_cert(pem_cert_string):
    import base64
    if not pem_cert_string.startswith(PEM_HEADER):
        raise ValueError("Invalid PEM encoding; must start with %s" % PEM_HEADER)
    if not pem_cert_string.strip().endswith(PEM_FOOTER):
        raise ValueError("Invalid PEM encoding; must end with %s" % PEM_FOOTER)
    d = pem_cert_string.strip()[len(PEM_HEADER):-len(PEM_FOOTER)]
    return base64.decodebytes(d.encode("ASCII", "strict"))


def get_default_verify_paths():
    raise _no_tls("ssl.get_default_verify_paths")
