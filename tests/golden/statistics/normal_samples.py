from statistics import NormalDist, fmean, stdev

dist = NormalDist(10, 3)
xs = dist.samples(5, seed=42)
print(xs)
many = NormalDist(0, 1).samples(2000, seed=7)
print(round(fmean(many), 6), round(stdev(many), 6))
print(NormalDist.from_samples(many))
