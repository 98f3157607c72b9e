# Grouping and separators, shown by overriding localeconv the way CPython's own tests do
# (no other locale is installed here).
import locale

locale.setlocale(locale.LC_ALL, "C")
locale._override_localeconv = {"thousands_sep": ".", "decimal_point": ",", "grouping": [3, 0],
                               "mon_thousands_sep": " ", "mon_decimal_point": ",",
                               "mon_grouping": [3, 2, 0], "currency_symbol": "EUR",
                               "int_curr_symbol": "EUR ", "frac_digits": 2, "int_frac_digits": 2,
                               "p_cs_precedes": 0, "n_cs_precedes": 0, "p_sep_by_space": 1,
                               "n_sep_by_space": 1, "p_sign_posn": 1, "n_sign_posn": 1,
                               "positive_sign": "", "negative_sign": "-"}
for value in [0, 7, 123, 1234, 1234567, -1234567, 1234567.891, 12345678901234]:
    print(repr(value), locale.format_string("%d", value, grouping=True),
          locale.format_string("%.2f", value, grouping=True),
          locale.format_string("%15.2f|", value, grouping=True),
          locale.format_string("%-15d|", value, grouping=True),
          locale.format_string("%.2f", value, grouping=True, monetary=True))
for value in [1234.5, -1234.5, 0.5, 1234567.891]:
    print(locale.currency(value), "|", locale.currency(value, grouping=True), "|",
          locale.currency(value, international=True), "|", locale.currency(value, symbol=False))
for pos in range(5):
    locale._override_localeconv.update(n_sign_posn=pos, n_cs_precedes=pos % 2)
    print(pos, locale.currency(-42.5))
print(locale.atof("1.234.567,5"), locale.atoi("1.234"), locale.delocalize("9.876,54"))
print(locale.localize("1234567.5", grouping=True), locale.str(1234.5))
locale._override_localeconv = {"grouping": [2, 127], "thousands_sep": "'"}
print(locale.format_string("%d", 123456789, grouping=True))
locale._override_localeconv = {"grouping": [0], "thousands_sep": ","}
try:
    locale.format_string("%d", 12345, grouping=True)
except ValueError as e:
    print("ValueError", e)
locale._override_localeconv = {}
print(locale.format_string("%d", 1234567, grouping=True))
