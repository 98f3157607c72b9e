# A small hex dump of a packet, with separators, as a debugging tool prints it.
import binascii

packet = bytes([0x45, 0x00, 0x00, 0x3C, 0x1C, 0x46, 0x40, 0x00, 0x40, 0x06, 0xB1, 0xE6])
print(binascii.hexlify(packet))
print(binascii.hexlify(packet, " "))
print(binascii.hexlify(packet, b":", 2))
print(binascii.hexlify(packet, "-", -4))
print(binascii.b2a_hex(packet[:5], "_", 2))
print(binascii.b2a_hex(packet[:5], "_", -2))
print(binascii.hexlify(b"", ":"))
print(binascii.hexlify(bytearray(b"\xff\x00")))
print(binascii.hexlify(memoryview(b"xyz")))
for off in range(0, len(packet), 4):
    row = packet[off:off + 4]
    print(f"{off:04x}  {binascii.hexlify(row, ' ').decode():<12}  {row!r}")
