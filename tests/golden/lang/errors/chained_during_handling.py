# Raising in a handler: both tracebacks, joined by "During handling...".
def read(config):
    try:
        return config["port"]
    except KeyError:
        return int(config["default"])


print(read({"port": 80}))
print(read({"default": "eighty"}))
