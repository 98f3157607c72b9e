# Sorting names with strcoll/strxfrm: in the C locale that is code point order.
import functools
import locale

locale.setlocale(locale.LC_ALL, "C.UTF-8")
names = ["Zoë", "zoe", "Émile", "emile", "Ångström", "angstrom", "Ölaf", "olaf", "Bob", "bob",
         "_under", "123", "ñandú", "Nandu"]
print(sorted(names, key=locale.strxfrm))
print(sorted(names, key=functools.cmp_to_key(locale.strcoll)))
print(locale.strcoll("a", "a"), locale.strcoll("a", "b") < 0, locale.strcoll("b", "a") > 0,
      locale.strcoll("", "a") < 0)
print(repr(locale.strxfrm("")), repr(locale.strxfrm("abc")), len(locale.strxfrm("héllo wörld")))
for bad in [("a\0b", "a"), (b"a", "a")]:
    try:
        locale.strcoll(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    locale.strxfrm(5)
except TypeError as e:
    print("TypeError", e)
