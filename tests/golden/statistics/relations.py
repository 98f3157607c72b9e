import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, x), st.correlation(x, x[::-1]), st.correlation(x, y))
fit = st.linear_regression(x, y)
print(fit, fit.slope, fit.intercept, type(fit).__name__)
print(st.linear_regression(x, [2 * v for v in x], proportional=True))
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
slope, intercept = st.linear_regression(year, films)
print(round(slope * 2019 + intercept))
