import statistics as st

calls = [("mean", ([],)), ("variance", ([1],)), ("stdev", ([1],)), ("pvariance", ([],)),
         ("pstdev", ([],)), ("median", ([],)), ("median_low", ([],)), ("median_grouped", ([],)),
         ("mode", ([],)), ("quantiles", ([1],)), ("correlation", ([1, 2], [1, 2, 3])),
         ("correlation", ([1, 1], [1, 2])), ("linear_regression", ([1, 1], [1, 2])),
         ("covariance", ([1], [1])), ("fmean", ([],)), ("mean", (["a", "b"],)),
         ("linear_regression", ([1], [2]))]
for name, args in calls:
    try:
        print(getattr(st, name)(*args))
    except (st.StatisticsError, TypeError) as e:
        print(name, type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
