import glob
from _tree import scratch

FILES = [f"logs/day{i:02}.log" for i in range(1, 8)]
with scratch(FILES):
    it = glob.iglob("logs/*.log")
    print(type(it).__name__, iter(it) is it)
    names = sorted(it)
    print(len(names), names[0], names[-1])
    print(list(it))
    total = sum(1 for _ in glob.iglob("logs/day0[1-3].log"))
    print(total)
    print(list(glob.iglob("")))
    print(glob.glob(""))
