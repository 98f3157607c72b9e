class O:
    pass

a, b = O(), O()
print(a == a, a == b, a != b, a in [b], a in [a])
print(len({a, b, a}))
d = {a: 1}
d[b] = 2
print(d[a], d[b])
