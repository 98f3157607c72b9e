# setlocale queries and changes categories; getlocale reads them back as (language, encoding).
import locale

print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.getlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError", e)
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, (None, None)), locale.setlocale(locale.LC_COLLATE, ("C", None)))
print(locale.setlocale(locale.LC_NUMERIC, "C.UTF-8"), locale.getlocale(locale.LC_NUMERIC))
for bad in ["xx_YY", "de_DE.UTF-8", "C.nonsense"]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print(bad, "->", type(e).__name__, e)
for bad_cat in [9999, "LC_ALL"]:
    try:
        locale.setlocale(bad_cat, "C")
    except (locale.Error, TypeError, ValueError) as e:
        print(repr(bad_cat), "->", type(e).__name__, e)
try:
    locale.setlocale(locale.LC_ALL, ("C", "UTF-8", "x"))
except TypeError as e:
    print("TypeError", e)
print(issubclass(locale.Error, Exception), issubclass(locale.Error, ValueError), locale.Error.__module__)
