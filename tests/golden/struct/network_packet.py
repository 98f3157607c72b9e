# Building and parsing a network packet: header fields, payload length, checksum.
import struct


def checksum(data):
    total = sum(struct.unpack(f"!{len(data) // 2}H", data[: len(data) // 2 * 2]))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def build(seq, flags, payload):
    header = struct.pack("!IBBH", seq, flags, 0, len(payload))
    return header + struct.pack("!H", checksum(header + payload)) + payload


def parse(packet):
    seq, flags, _, length = struct.unpack_from("!IBBH", packet)
    (csum,) = struct.unpack_from("!H", packet, 8)
    payload = packet[10:10 + length]
    return seq, flags, payload, csum


p = build(42, 0b101, b"hello!")
print(p.hex(" "))
print(parse(p))
print(struct.calcsize("!IBBH"))
