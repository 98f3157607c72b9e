# ChainMap, UserDict and UserList as programs use them: layered settings, a dict subclass
# that normalises keys, a list subclass that records appends.
from collections import ChainMap, UserDict, UserList
import collections

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "ann"}
cli = {"debug": True}
settings = ChainMap(cli, env, defaults)
print(settings["user"], settings["color"], settings["debug"], len(settings), list(settings))
print(settings, settings.get("missing", "n/a"), "color" in settings, bool(ChainMap()))
child = settings.new_child({"color": "blue"})
print(child["color"], child.parents["color"], child.maps[0], len(child.maps))
child["size"] = 3
del child["color"]
print(child.maps[0], dict(child))
try:
    del child["user"]
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print("KeyError", e)
print(ChainMap({"a": 1}) | {"b": 2}, {"z": 0} | ChainMap({"a": 1}))
print(ChainMap.fromkeys("ab", 0), settings.copy().maps[0] is not cli)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return f"<{key}?>"


d = LowerDict({"Name": "x"}, Extra=1)
d["KEY"] = 2
print(d, d["name"], d["nothing"], len(d), "key" in d, d.get("nope", 0), sorted(d))
print(d | {"q": 1}, type(d | {"q": 1}).__name__, isinstance(d, collections.abc.MutableMapping))
c = d.copy()
c["ZZ"] = 9
print(type(c).__name__, "zz" in c, "zz" in d, UserDict.fromkeys("xy"))


class Log(UserList):
    def append(self, item):
        print("append", item)
        super().append(item)


log = Log([3, 1])
log.append(2)
log.extend([5])
log.sort()
print(log, log[1:], type(log[1:]).__name__, log + [9], [0] + log, log * 2, len(log), 5 in log)
log += (7,)
print(log, log == [1, 2, 3, 5, 7], log.pop(), log.index(3), log.count(1))
