tests = ["0x1.8p+0", "0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023",
 "0x1p1024", "-0x.8p1", "  0XAp0  ", "1", "1.", ".8", "inf", "-Infinity", "nan", "0x", "0x1p", "0x1.2.3", "", "0x1p+99999999999999999999",
 "0x1p-99999999999999999999", "0x0p0", "-0x0.0p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0", "0xFFFFFFFFFFFFFFFFFp-60",
 "0x1.123456789abcdefp-1030", "0x.0000000000001p-1022", "1e3", "0x1p0x"]
for t in tests:
    try:
        v = float.fromhex(t)
        print(repr(t), repr(v), v.hex())
    except (ValueError, OverflowError) as e:
        print(repr(t), type(e).__name__, e)
class F(float):
    pass
x = F.fromhex("0x1p4")
print(type(x).__name__, x)
import random
random.seed(5)
bad = 0
for i in range(20000):
    f = random.uniform(-1e300, 1e300) * random.choice([1, 1e-300, 1e-310, 1e-320])
    if float.fromhex(f.hex()) != f:
        bad += 1
print("roundtrip mismatches", bad)
