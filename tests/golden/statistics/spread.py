import statistics as st

samples = {
    "heights": [1.62, 1.75, 1.80, 1.68, 1.71, 1.90, 1.55],
    "ints": [2, 4, 4, 4, 5, 5, 7, 9],
    "constant": [3, 3, 3],
    "two": [1, 2],
}
for name, data in samples.items():
    print(name, st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev(range(10)))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([0.1] * 10))
