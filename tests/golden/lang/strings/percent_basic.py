# printf-style formatting: conversions %s %d %r %x %% (through str.__mod__).
print("%s %d %5.2f %r %x %%".__mod__(("a", 3, 3.14159, "q", 255)))
print("%s|%s|%s".__mod__((None, [1, 2], 2.5)))
print("%i %u %o %X".__mod__((7, 8, 8, 255)))
print("%d %d %s %s".__mod__((True, 3.99, True, -0.0)))
print("%r %a".__mod__(("Привет", "Привет")))
print("%c%c%c".__mod__((72, "i", 1046)))
