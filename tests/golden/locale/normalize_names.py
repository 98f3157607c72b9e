# normalize() turns locale names into the form setlocale understands.
import locale

for name in ["C", "c", "POSIX", "C.UTF-8", "C.utf8", "c.ascii", "C.ISO-8859-1", "en_US",
             "en_US.UTF-8", "en_US.utf8", "en_US.ISO8859-1", "en_US.iso-8859-15", "en",
             "en_us.latin_1", "en_US.UTF_8", "en_US:UTF-8", "UTF-8"]:
    print(f"{name:18} {locale.normalize(name)}")
