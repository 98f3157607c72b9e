import statistics as st

print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([1, 0, 3]), st.harmonic_mean([7]), st.harmonic_mean([60, 40]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.1, 1.05, 0.98]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]))
print(st.fmean(x for x in range(5)))
for call in [lambda: st.harmonic_mean([1, -1]), lambda: st.harmonic_mean([]),
             lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.geometric_mean([0, 1]),
             lambda: st.geometric_mean([]), lambda: st.fmean([1, 2], weights=[1]),
             lambda: st.fmean([1, 2], weights=[1, -1]), lambda: st.harmonic_mean(["x"])]:
    try:
        print(call())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
