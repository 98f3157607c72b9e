# A CRC-8 and a Fletcher-16 checksum over bytes.
def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def fletcher16(data):
    a = b = 0
    for byte in data:
        a = (a + byte) % 255
        b = (b + a) % 255
    return (b << 8) | a


for msg in [b"", b"123456789", b"abcde", bytearray(b"\x00\xff" * 4), memoryview(b"view")]:
    print(bytes(msg), hex(crc8(msg)), hex(fletcher16(msg)))
