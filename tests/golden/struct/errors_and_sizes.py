# struct's errors for each kind of bad format, value and buffer, and the sizes of formats.
import struct
tests = [
 lambda: struct.pack('b', 200), lambda: struct.pack('B', -1), lambda: struct.pack('h', 1<<20), lambda: struct.pack('H', -1),
 lambda: struct.pack('i', 1<<40), lambda: struct.pack('I', -1), lambda: struct.pack('l', 1<<70), lambda: struct.pack('L', -1),
 lambda: struct.pack('<l', 1<<40), lambda: struct.pack('<L', -1),
 lambda: struct.pack('q', 1<<70), lambda: struct.pack('Q', -1), lambda: struct.pack('<q', 1<<70), lambda: struct.pack('<Q', -1), lambda: struct.pack('n', 1<<70), lambda: struct.pack('N', -1),
 lambda: struct.pack('i', 1.5), lambda: struct.pack('i', 'x'), lambda: struct.pack('f', 'x'), lambda: struct.pack('c', b'ab'), lambda: struct.pack('s', 'x'),
 lambda: struct.pack('ii', 1), lambda: struct.pack('i', 1, 2), lambda: struct.pack('z'), lambda: struct.pack('3'), lambda: struct.pack('<n', 1),
 lambda: struct.unpack('i', b'abc'), lambda: struct.iter_unpack('i', b'abcde'), lambda: struct.unpack_from('i', b'abcdef', 4),
 lambda: struct.pack_into('i', bytearray(3), 0, 1), lambda: struct.pack_into('i', bytearray(6), 4, 1), lambda: struct.iter_unpack('', b''),
 lambda: struct.pack('e', 1e10), lambda: struct.pack('f', 1e300), lambda: struct.unpack_from('i', b'abcdef', -10), lambda: struct.pack('P', -1),
 lambda: struct.calcsize(5), lambda: struct.Struct('i').pack(), lambda: struct.pack('?', []), lambda: struct.unpack('i', 'abcd'),
 lambda: struct.pack('b', True), lambda: struct.pack('i', 2**31-1), lambda: struct.pack_into('i', b'abcd', 0, 1), lambda: struct.unpack_from('i', b'abcdef', offset=8),
 lambda: struct.pack_into('i', bytearray(6), -2, 1), lambda: struct.pack_into('i', bytearray(6), -10, 1),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print(struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('bq'), struct.calcsize('qb'), struct.calcsize('l'), struct.calcsize('<l'), struct.calcsize('P'), struct.calcsize('n'), struct.calcsize('?'),struct.calcsize('e'), struct.calcsize('5s3x2p'), struct.calcsize('@hi0q'))
print(struct.pack('5p', b'ab'), struct.pack('2p', b'abc'), struct.unpack('5p', b'\x09abcd'), struct.pack('3s', b'abcdef'), struct.pack('0s', b''))
print(repr(struct.Struct('<i').format), struct.Struct(b'>h').format, struct.Struct('i').size)
print(struct.pack('>e', 1.5), struct.unpack('<e', b'\x00<'), struct.pack('<d', 0.1), struct.pack('!f', float('inf')))
print(struct.error, struct.error.__mro__)
print(struct.pack('<hHiIqQ', -2, 65535, -3, 7, -(1<<63), (1<<64)-1))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 7, -(1<<63), (1<<64)-1)))
print(struct.pack('>3b?c', 1, -2, 3, 5, b'z'), struct.unpack('>3b?c', b'\x01\xfe\x03\x01z'))
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')), type(struct.iter_unpack('<h', b'')).__name__)
ba = bytearray(8); struct.pack_into('<i', ba, 2, 0x01020304); print(ba)
print(struct.unpack_from('<h', b'\x00\x01\x02', 1), struct.unpack('@bi', struct.pack('@bi', 1, 2)))
print(struct.pack('e', 65504.0), struct.unpack('e', struct.pack('e', 0.1)), struct.pack('<e', 1e-7), struct.pack('<e', float('nan')))
