# localeconv() of the C locale and what currency() says about it.
import locale

for cat in ("LC_ALL", "LC_NUMERIC", "LC_MONETARY"):
    print(cat, locale.setlocale(getattr(locale, cat), "C"))
conv = locale.localeconv()
for key in sorted(conv):
    print(f"{key:18} {conv[key]!r}")
for args in [(12.5,), (-3, False), (1e6, True, True), (0, True, False, True)]:
    try:
        print(locale.currency(*args))
    except ValueError as e:
        print("ValueError", e)
print(locale.CHAR_MAX, locale.LC_ALL, locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME,
      locale.LC_MONETARY, locale.LC_NUMERIC, locale.LC_MESSAGES)
