# A running mean and variance over decimal measurements.
from decimal import Decimal, getcontext

getcontext().prec = 12
data = [Decimal(x) for x in "12.5 13.1 11.9 12.0 12.8 13.4 12.2".split()]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
print("n", n, "sum", sum(data), "mean", mean)
print("variance", var, "stdev", var.sqrt())
print("min", min(data), "max", max(data), "range", max(data) - min(data))
print("sorted", sorted(data)[:3], "median", sorted(data)[n // 2])
