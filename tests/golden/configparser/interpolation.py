# Paths built from other settings with basic and extended interpolation.
import configparser

basic = configparser.ConfigParser()
basic.read_string("""
[paths]
home_dir = /Users
my_dir = %(home_dir)s/lumberjack
my_pictures = %(my_dir)s/Pictures
percent = 100%%
[escape]
gain = 80%%
""")
print(basic.get("paths", "my_pictures"), basic.get("paths", "percent"))
print(basic.get("paths", "my_pictures", raw=True))
print(basic.get("paths", "my_dir", vars={"home_dir": "/home"}))
print(basic.items("paths"))
print(basic["escape"]["gain"])

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[DEFAULT]
base = /opt

[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$5 at ${base}
""")
for k in ["my_dir", "my_pictures", "python_dir", "cost"]:
    print(k, "=", ext.get("Arthur", k))
raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = %(x)s and $y\n")
print(raw.get("s", "v"))
none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\nv = 50%\n")
print(none.get("s", "v"))
