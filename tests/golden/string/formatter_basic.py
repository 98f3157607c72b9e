from string import Formatter

f = Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "cd"))
print(f.format("{name} is {age} years", name="Ann", age=30))
print(f.format("{:>8}|{:<6}|{:^7}|", "right", "left", "mid"))
print(f.format("{0:.3f} {0:e} {0:%}", 0.5))
print(f.format("{x!r} {x!s} {x!a}", x="héllo"))
print(f.format("{{literal}} {}", "value"))
print(f.vformat("{a}-{0}", ("pos",), {"a": "kw"}))
print(f.format("{p.real} {p.imag} {d[key]} {l[1]}", p=3 + 4j, d={"key": "v"}, l=[10, 20]))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=2))
