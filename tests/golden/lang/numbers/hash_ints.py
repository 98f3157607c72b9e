# Int hashes are the value modulo 2**61 - 1, keeping the sign; -1 is reserved and becomes -2.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(2**61 - 1), hash(2**61), hash(2**61 + 5), hash(-(2**61)))
print(hash(2**100), hash(-(2**100)), hash(2**64))
print(hash(True), hash(False))
print(hash(9223372036854775807), hash(-9223372036854775808))
