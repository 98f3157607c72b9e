# mean, variance and friends keep the type of exact inputs.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D

fr = [F(1, 3), F(1, 2), F(3, 4), F(5, 6)]
de = [D("1.5"), D("2.25"), D("3.1"), D("0.15")]
for name in ["mean", "median", "variance", "pvariance", "stdev", "pstdev", "harmonic_mean"]:
    f = getattr(st, name)
    print(name, repr(f(fr)), repr(f(de)))
print(repr(st.mean([1, F(1, 2)])), repr(st.mean([1, 2.0])), repr(st.mean([F(1, 2), 0.5])))
