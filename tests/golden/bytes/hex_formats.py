# Other ways of showing bytes as hex, compared with .hex().
data = b"\x00\x0f\xf0\xff"
print(data.hex(), "".join(f"{b:02x}" for b in data), " ".join("%02X" % b for b in data))
print(b"%02x" % data[1], "{:08b}".format(data[2]), format(data[3], "#x"), [f"0x{b:02X}" for b in data])
print(int(data.hex(), 16), int.from_bytes(data, "big"), hex(int.from_bytes(data, "little")))
print(data.hex("|", 1), data.hex(" ", 3), data.hex(" ", -3))
