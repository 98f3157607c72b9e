# Formatting and parsing MAC addresses with hexlify's separator.
import binascii

mac = bytes([0x00, 0x1A, 0x2B, 0x3C, 0x4D, 0x5E])
text = binascii.hexlify(mac, ":").decode()
print(text, text.upper())
print(binascii.unhexlify(text.replace(":", "")) == mac)
print(binascii.hexlify(mac, "-", 2).decode(), binascii.hexlify(mac, ".", -3).decode())
for s in ["00:1a:2b:3c:4d:5e", "00-1A-2B-3C-4D-5E", "001a.2b3c.4d5e"]:
    clean = s.replace(":", "").replace("-", "").replace(".", "")
    print(s, binascii.unhexlify(clean) == mac)
