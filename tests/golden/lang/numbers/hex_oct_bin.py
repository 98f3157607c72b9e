# hex, oct and bin: a prefix, the digits of the magnitude, a minus sign if negative.
print(hex(255), hex(-255), hex(0), hex(True), hex(2**70))
print(oct(8), oct(-8), oct(0), oct(-(2**70)))
print(bin(10), bin(0), bin(-1), bin(-5), bin(2**65))
for f in [hex, oct, bin]:
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hex('a')
except TypeError as e:
    print(type(e).__name__, e)
