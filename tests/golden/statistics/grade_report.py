# A grade report: summary statistics and a curve, as a teacher's script would compute.
import statistics as st

scores = {"ana": 88, "ben": 72, "cai": 95, "dee": 64, "eli": 81, "fay": 77, "gus": 90,
          "hal": 58, "ivy": 84, "jon": 79}
values = list(scores.values())
mu, sigma = st.mean(values), st.stdev(values)
print(f"n={len(values)} mean={mu} median={st.median(values)} stdev={sigma:.4f}")
print("quartiles", st.quantiles(values, n=4))
dist = st.NormalDist(mu, sigma)
for name, s in sorted(scores.items(), key=lambda kv: -kv[1]):
    z = dist.zscore(s)
    pct = dist.cdf(s) * 100
    print(f"{name:>4} {s:>3} z={z:+.2f} pct={pct:5.1f}")
