# Statistics over money amounts stay Decimal.
import statistics as st
from decimal import Decimal

sales = [Decimal(x) for x in "19.99 5.49 12.00 7.25 19.99 3.10 8.75".split()]
print(st.mean(sales), st.median(sales), st.mode(sales))
print(st.variance(sales), st.stdev(sales))
print(st.mean(sales).quantize(Decimal("0.01")), st.pstdev(sales).quantize(Decimal("0.001")))
print(st.quantiles(sales, n=4))
