class ConfigError(Exception):
    pass

def load():
    try:
        {}["key"]
    except KeyError as e:
        raise ConfigError("bad config") from e

load()
