# A configuration file written in Python, read with exec into a dict.
CONFIG = """
# server settings
host = "localhost"
port = 8000 + 80
debug = port != 8080
paths = [f"/srv/{name}" for name in ("static", "media")]
limits = dict(connections=100, timeout=30.5)
"""
settings = {}
exec(CONFIG, {}, settings)
for key in sorted(settings):
    print(f"{key:12} = {settings[key]!r}")
defaults = {"host": "0.0.0.0", "workers": 4}
defaults.update(settings)
print(sorted(defaults.items()))
