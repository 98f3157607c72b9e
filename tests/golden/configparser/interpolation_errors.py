# Broken references in interpolated values and the errors they give.
import configparser

cp = configparser.ConfigParser()
cp.read_string("""
[s]
missing = %(nothere)s
bad = 100%
badref = %(name
loop = %(loop2)s
loop2 = %(loop)s
ok = fine
""")
for opt in ["missing", "bad", "badref", "loop", "ok"]:
    try:
        print(opt, cp.get("s", opt))
    except configparser.InterpolationError as e:
        print(type(e).__name__, "|", e, "|", e.args)
try:
    cp.set("s", "new", "50% off")
except ValueError as e:
    print("ValueError:", e)
cp.set("s", "new", "50%% off")
print(cp.get("s", "new"))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx = ${b:y}\nz = ${nope}\nw = $oops\nv = ${a:b:c}\n[b]\ny = 1\n")
for opt in ["x", "z", "w", "v"]:
    try:
        print(opt, ext.get("a", opt))
    except configparser.InterpolationError as e:
        print(type(e).__name__, "|", e)
try:
    ext.set("a", "q", "cost $5")
except ValueError as e:
    print("ValueError:", e)
print(issubclass(configparser.InterpolationMissingOptionError, configparser.InterpolationError))
print(issubclass(configparser.InterpolationError, configparser.Error), configparser.MAX_INTERPOLATION_DEPTH)
