import statistics as st

for data in [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.75], [1, 2.5], [True, False, True], range(10),
             [-1.5, 0, 1.5], [10 ** 20, 1, 3]]:
    data = list(data)
    print(data, st.mean(data), st.fmean(data), st.median(data), st.median_low(data),
          st.median_high(data))
