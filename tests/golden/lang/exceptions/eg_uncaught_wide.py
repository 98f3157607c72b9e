# Groups wider than 15 and deeper than 10 are cut as CPython cuts them.
eg = ExceptionGroup("deep", [ValueError(0)])
for i in range(12):
    eg = ExceptionGroup(f"level {i}", [eg, TypeError(i)])
try:
    raise eg
except ExceptionGroup as e:
    deep = e
wide = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
raise ExceptionGroup("both", [wide, deep])
