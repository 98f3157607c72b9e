# A repeating-key XOR cipher on bytes and bytearray.
def xor(data, key):
    out = bytearray(len(data))
    for i, b in enumerate(data):
        out[i] = b ^ key[i % len(key)]
    return bytes(out)


secret = "attack at dawn".encode()
key = b"\x13\x37"
enc = xor(secret, key)
print(enc, enc.hex())
print(xor(enc, key), xor(enc, key).decode() == "attack at dawn")
print(bytes(a ^ b for a, b in zip(b"abc", b"\x01\x02\x03")))
