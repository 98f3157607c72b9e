# The deprecated helpers still work and warn.
import locale
import warnings

locale.setlocale(locale.LC_ALL, "C")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(locale.format("%.2f", 1234.567, grouping=True))
    print(locale.format("%d", 1234567, True))
    try:
        locale.format("%d %d", (1, 2))
    except ValueError as e:
        print("ValueError", e)
for x in w:
    print(x.category.__name__, str(x.message)[:60])
print(locale.setlocale(locale.LC_ALL, "C"))
print(sorted(n for n in locale.__all__))
