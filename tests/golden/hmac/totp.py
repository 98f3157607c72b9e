# A TOTP code (RFC 6238) at fixed times, with the RFC's SHA-1 test secret.
import hmac
import struct

def hotp(secret, counter, digits=8, digestmod="sha1"):
    mac = hmac.new(secret, struct.pack(">Q", counter), digestmod).digest()
    offset = mac[-1] & 0x0F
    code = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(code % 10 ** digits).zfill(digits)

secret = b"12345678901234567890"
for t in [59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000]:
    print(t, hotp(secret, t // 30))
for c in range(10):
    print(c, hotp(secret, c, 6))
