# Reading the base64 body of a PEM block line by line.
import binascii

der = bytes(range(0, 250, 3)) * 3
b64 = binascii.b2a_base64(der, newline=False).decode()
pem = "-----BEGIN DATA-----\n" + "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64)) + "\n-----END DATA-----\n"
print(pem)
body = "".join(line for line in pem.splitlines() if not line.startswith("-----"))
print(binascii.a2b_base64(body) == der)
print(b"".join(binascii.a2b_base64(line) for line in pem.splitlines()[1:-1]) == der)
