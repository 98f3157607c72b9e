# A broken config file stops the program: the error goes to stderr with exit status 1.
import sys
import tomllib

settings = """
[server]
port = 8080
port = 9090
"""
print("loading")
try:
    tomllib.loads(settings)
except tomllib.TOMLDecodeError as e:
    sys.exit(f"config error: {type(e).__module__}.{type(e).__name__}: {e}")
