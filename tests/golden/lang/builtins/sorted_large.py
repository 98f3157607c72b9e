# Larger sorts: the result is ordered and equal keys keep their order.
n = 5000
data = [((i * 7919) % 1009, i) for i in range(n)]
out = sorted(data, key=lambda p: p[0])
print(len(out), out[:5], out[-3:])
ok = all(out[i][0] < out[i + 1][0] or (out[i][0] == out[i + 1][0] and out[i][1] < out[i + 1][1]) for i in range(n - 1))
print(ok)
rev = sorted(data, key=lambda p: p[0], reverse=True)
ok = all(rev[i][0] > rev[i + 1][0] or (rev[i][0] == rev[i + 1][0] and rev[i][1] < rev[i + 1][1]) for i in range(n - 1))
print(ok, rev[:3])
runs = list(range(1000)) + list(range(2000, 1000, -1)) + list(range(500, 1500))
s = sorted(runs)
print(s[:5], s[-5:], sum(s), all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
