# f(**m) with a mapping that is not a dict: keys() and __getitem__ are used.
from collections.abc import Mapping


def connect(host="localhost", port=80, **extra):
    return f"{host}:{port} {sorted(extra.items())}"


class Settings:
    def __init__(self, **values):
        self._values = values

    def keys(self):
        return list(self._values)

    def __getitem__(self, key):
        return self._values[key]


class Env(Mapping):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


print(connect(**Settings(host="example.org", port=8080)))
print(connect(**Env({"port": 1, "debug": True})))
print(dict(**Settings(a=1, b=2)))
print(connect(timeout=3, **Settings(port=9)))


class Broken:
    def keys(self):
        return ["a"]

    def __getitem__(self, key):
        raise KeyError(key)


for bad in [Broken(), [("a", 1)], 42]:
    try:
        connect(**bad)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    connect(port=1, **Settings(port=2))
except TypeError as e:
    print("TypeError:", e)


class NonStrKeys:
    def keys(self):
        return [1]

    def __getitem__(self, key):
        return key


try:
    connect(**NonStrKeys())
except TypeError as e:
    print("TypeError:", e)
