import statistics as st
import math

for data in [[1, float("inf")], [1, 2, float("nan")]]:
    print(data, st.mean(data), st.fmean(data), st.variance(data), st.median(data))
    for f in (st.stdev, st.pstdev):
        try:
            print(f(data))
        except AttributeError as e:
            print("AttributeError:", e)
print(math.erf(0.5), math.erfc(0.5), math.erf(-3), math.erfc(10), math.erf(float("inf")))
