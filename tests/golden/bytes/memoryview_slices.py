# Slices of slices of a view stay views of the same buffer.
buf = bytearray(range(16))
v = memoryview(buf)
mid = v[4:12]
every_other = mid[::2]
backwards = mid[::-1]
print(mid.tolist(), every_other.tolist(), backwards.tolist(), len(every_other), every_other.nbytes)
every_other[0] = 99
backwards[0] = 77
print(buf[4:12], every_other.obj is buf, mid[2:2].tobytes(), mid[100:].tolist())
print(every_other.contiguous, mid.contiguous, every_other.strides, backwards.strides, every_other.shape)
words = memoryview(bytes(range(8))).cast("H")
print(words[1:3].tolist(), words[::-1].tolist(), words[-1])
