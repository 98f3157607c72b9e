# An application's config loader: defaults, typed getters with fallbacks, and overrides.
import configparser

INI = """
# Application settings
[DEFAULT]
debug = no
timeout = 30

[server]
host = 0.0.0.0
port = 8080
workers: 4
ratio = 0.75
debug = yes

[database]
url = postgres://db.local/app
pool size = 10
; comment line
options =
    sslmode=require
    connect_timeout=5

[empty]
"""
cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections())
print(cp.defaults())
print(cp.get("server", "host"), cp.getint("server", "port"), cp.getfloat("server", "ratio"))
print(cp.getboolean("server", "debug"), cp.getboolean("database", "debug"))
print(cp.getint("server", "timeout"), cp.get("database", "pool size"))
print(repr(cp.get("database", "options")))
print(cp.get("server", "missing", fallback="n/a"), cp.getint("nosuch", "x", fallback=-1))
print(cp.getboolean("server", "nope", fallback=None))
print(cp.options("server"))
print(cp.items("database"))
print(cp.has_section("server"), cp.has_section("DEFAULT"), cp.has_option("empty", "timeout"))
print(cp.has_option("server", "PORT"), cp.has_option("nosuch", "x"), cp.has_option(None, "debug"))
print(cp.get("server", "port", vars={"port": "9090"}))
print(list(cp["empty"]), dict(cp["empty"]))
for name, section in cp.items():
    print(name, section, len(section))
