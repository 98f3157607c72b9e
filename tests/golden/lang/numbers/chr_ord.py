# chr and ord are inverses over the code points.
print(chr(65), chr(97), chr(0x1F600), chr(0x10FFFF) == '\U0010ffff', chr(True))
print(ord('A'), ord('é'), ord('😀'), ord('\n'), ord(b'A'))
print(all(ord(chr(i)) == i for i in [0, 127, 128, 255, 256, 0xFFFF, 0x10000]))
print(''.join([chr(ord(c) + 1) for c in 'HAL']))
