# Run-length encoding of binary data.
def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)


def rle_decode(data):
    out = bytearray()
    for k in range(0, len(data), 2):
        out.extend(data[k + 1:k + 2] * data[k])
    return bytes(out)


for sample in [b"", b"aaabccdddd", b"\x00" * 300, bytes(range(5))]:
    enc = rle_encode(sample)
    print(len(sample), enc[:12], rle_decode(enc) == sample)
