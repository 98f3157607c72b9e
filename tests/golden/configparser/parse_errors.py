# Malformed configuration files: the errors and their messages.
import configparser

cases = {
    "no header": "key = value\n[s]\n",
    "dup section": "[a]\nx=1\n[b]\n[a]\n",
    "dup option": "[a]\nx = 1\ny = 2\nX = 3\n",
    "no delimiter": "[a]\nx = 1\njust a line\nanother\n",
    "empty key": "[a]\n= value\n",
}
for name, text in cases.items():
    cp = configparser.ConfigParser()
    try:
        cp.read_string(text, source="settings.ini")
        print(name, "ok", cp.sections())
    except configparser.Error as e:
        print(name, "->", type(e).__name__)
        print(" ", str(e).replace("\n", " / "))
        print(" ", e.args)

loose = configparser.ConfigParser(strict=False)
loose.read_string("[a]\nx = 1\nx = 2\n[a]\ny = 3\n")
print(dict(loose["a"]))
cp = configparser.ConfigParser()
for call in [lambda: cp.get("nosuch", "x"), lambda: cp.options("nosuch"), lambda: cp.items("nosuch"),
             lambda: cp.set("nosuch", "a", "b"), lambda: cp.remove_option("nosuch", "a")]:
    try:
        call()
    except configparser.NoSectionError as e:
        print("NoSectionError:", e, e.section, e.args)
cp.add_section("s")
try:
    cp.get("s", "Opt")
except configparser.NoOptionError as e:
    print("NoOptionError:", e, e.option, e.section)
for bad in ["s", "DEFAULT", 5]:
    try:
        cp.add_section(bad)
    except (configparser.DuplicateSectionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    cp.read_dict({"x": {"a": 1}, "X": {"a": 2}, "y": {"k": 1, "K": 2}})
except configparser.DuplicateOptionError as e:
    print("DuplicateOptionError:", e)
try:
    cp.getint("x", "a", fallback=0) and cp.set("x", "a", "abc") or cp.getint("x", "a")
except ValueError as e:
    print("ValueError:", e)
cp.set("x", "flag", "maybe")
try:
    cp.getboolean("x", "flag")
except ValueError as e:
    print("ValueError:", e)
