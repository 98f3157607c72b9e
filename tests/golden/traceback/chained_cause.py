# Explicit chaining (raise ... from ...) formatted by traceback.format_exception.
import traceback

class ConfigError(Exception):
    pass

def read_port(cfg):
    try:
        cfg.pop("port")
        return 0
    except KeyError as e:
        raise ConfigError("no port configured") from e

try:
    read_port({})
except ConfigError as e:
    for chunk in traceback.format_exception(e):
        print(repr(chunk))
    print("".join(traceback.format_exception(e, chain=False)), end="")
