# Encoding text for a wire protocol and decoding the reply.
messages = ["HELLO", "Grüße", "日本", "emoji 🚀"]
wire = bytearray()
for m in messages:
    payload = m.encode("utf-8")
    wire += len(payload).to_bytes(1, "big") + payload
print(wire.hex(" "))
pos = 0
while pos < len(wire):
    n = wire[pos]
    print(repr(bytes(wire[pos + 1:pos + 1 + n]).decode()), n)
    pos += 1 + n
print("Grüße".encode("latin-1"), "Grüße".encode("latin-1").decode("latin-1"), "Grüße".encode("utf-16-be").decode("utf-16-be"))
