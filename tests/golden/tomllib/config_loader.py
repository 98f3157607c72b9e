# A service reads its settings from a TOML file, merges defaults and validates them.
import os
import tempfile
import tomllib

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000, "workers": 1},
            "logging": {"level": "INFO"}}

CONFIG = b"""
# Service configuration
title = "inventory"

[server]
host = "0.0.0.0"
port = 8080
allowed = ["10.0.0.0/8", "192.168.0.0/16"]

[database]
url = "postgres://db.internal/inventory"
pool = { min = 2, max = 10 }
timeout = 2.5

[[jobs]]
name = "reindex"
every = "1h"

[[jobs]]
name = "vacuum"
every = "1d"
enabled = false
"""


def merge(base, extra):
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "service.toml")
    with open(path, "wb") as f:
        f.write(CONFIG)
    with open(path, "rb") as f:
        cfg = merge(DEFAULTS, tomllib.load(f))

for section in sorted(cfg):
    print(section, "=", cfg[section])
print("port is int:", type(cfg["server"]["port"]).__name__)
print("pool size:", cfg["database"]["pool"]["max"] - cfg["database"]["pool"]["min"])
for job in cfg["jobs"]:
    print(f"job {job['name']:8} every {job['every']:3} enabled={job.get('enabled', True)}")

# load() wants a binary file
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "x.toml")
    with open(path, "w") as f:
        f.write("a = 1\n")
    with open(path) as f:
        try:
            tomllib.load(f)
        except TypeError as e:
            print("TypeError:", e)
