from statistics import NormalDist

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(iq.cdf(130), iq.pdf(100), iq.inv_cdf(0.975), iq.zscore(130))
print(iq.quantiles(), [round(q, 2) for q in iq.quantiles(n=10)])
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(iq + 5, iq - NormalDist(5, 20), iq * 2, iq / 5, -iq, 10 + iq, 10 - iq, +iq)
print(iq == NormalDist(100, 15), iq == NormalDist(100, 16), iq == 3, hash(iq) == hash(NormalDist(100, 15)))
for p in [1e-12, 0.001, 0.2, 0.5, 0.8, 0.999, 1 - 1e-9]:
    print(p, NormalDist().inv_cdf(p))
