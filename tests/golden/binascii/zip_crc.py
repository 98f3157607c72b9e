# CRC-32 of file entries as a ZIP writer computes it, reading in blocks.
import binascii

files = {"a.txt": b"alpha\n" * 1000, "b.bin": bytes(range(256)) * 64, "empty": b""}
for name, data in files.items():
    crc = 0
    for i in range(0, len(data), 4096):
        crc = binascii.crc32(data[i:i + 4096], crc)
    print(f"{name:6} size={len(data):6} crc={crc:08x} {crc == binascii.crc32(data)}")
