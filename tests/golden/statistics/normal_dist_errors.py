from statistics import NormalDist, StatisticsError

for call in [lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1),
             lambda: NormalDist(0, 0).cdf(1), lambda: NormalDist().inv_cdf(0),
             lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(1, 0).inv_cdf(0.5),
             lambda: NormalDist(1, 0).zscore(2), lambda: NormalDist().overlap(3),
             lambda: NormalDist(1, 0).overlap(NormalDist()), lambda: NormalDist.from_samples([1])]:
    try:
        print(call())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
