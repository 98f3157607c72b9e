# Building and checking a length-prefixed packet with a checksum.
def checksum(data):
    return sum(data) & 0xFF


def build(kind, payload):
    body = bytes([kind]) + len(payload).to_bytes(2, "big") + payload
    return b"\xaa" + body + bytes([checksum(body)])


def parse(packet):
    if packet[0] != 0xAA:
        raise ValueError("bad start byte")
    kind, size = packet[1], int.from_bytes(packet[2:4], "big")
    payload = packet[4:4 + size]
    if checksum(packet[1:-1]) != packet[-1]:
        raise ValueError("bad checksum")
    return kind, payload


p = build(3, "héllo".encode())
print(p, p.hex(" "), parse(p))
broken = bytearray(p)
broken[-2] ^= 0xFF
try:
    parse(bytes(broken))
except ValueError as e:
    print("error:", e)
stream = build(1, b"a") + build(2, b"bc") + build(3, b"")
i = 0
while i < len(stream):
    size = int.from_bytes(stream[i + 2:i + 4], "big")
    print(parse(stream[i:i + 5 + size]))
    i += 5 + size
