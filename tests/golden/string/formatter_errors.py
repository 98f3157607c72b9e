from string import Formatter

f = Formatter()
tests = [
    lambda: f.format("{} {0}", 1, 2), lambda: f.format("{0} {}", 1, 2),
    lambda: f.format("{0!x}", 1), lambda: f.format("{}", ), lambda: f.format("{a}"),
    lambda: f.format("{:{:{}}}", 1, 2, 3), lambda: f.format("{0:d}", "str"),
    lambda: f.convert_field(1, "z"), lambda: f.format(), lambda: f.format(5),
]
for t in tests:
    try:
        print(t())
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
