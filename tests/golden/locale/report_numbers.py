# A report formatter that uses the locale's number formatting (the C locale: no grouping).
import locale

locale.setlocale(locale.LC_ALL, "C")
rows = [("widgets", 1234567, 0.1234), ("gadgets", 89, 12.5), ("doohickeys", 1000, 1999.999)]
for name, qty, price in rows:
    print(locale.format_string("%-12s %10d %12.2f %8.1e", (name, qty, price, qty * price),
                               grouping=True))
print(locale.format_string("%(name)s: %(n)d (%(p).1f%%)", {"name": "total", "n": 1235656, "p": 99.95}))
print(locale.format_string("%*d|%-*.*f|", (8, 42, 10, 3, 2.71828)))
print(locale.format_string("%s and %r", ("str", "repr")))
print(locale.format_string("%d", 5), locale.format_string("%.3f", 2.0, monetary=True))
print(locale.format_string("100%% sure: %i", 7))
print(locale.str(1 / 3), locale.str(1e20), locale.str(12.0))
print(locale.localize("1234567.891", grouping=True), locale.delocalize("1234567.891"))
print(locale.atof("3.5"), locale.atof("2", int), locale.atoi("  17 "))
for bad in ["1,234", "abc"]:
    try:
        locale.atoi(bad)
    except ValueError as e:
        print("ValueError", e)
