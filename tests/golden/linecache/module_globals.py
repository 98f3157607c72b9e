# lazycache with module globals that have a loader: the source comes from get_source.
import linecache


class Loader:
    def get_source(self, name):
        return f"# source of {name}\nvalue = 1\nno_newline = True"


g = {"__name__": "virtual_mod", "__loader__": Loader()}
print(linecache.lazycache("virtual_mod.py", g))
print(linecache.cache["virtual_mod.py"][0]().splitlines()[0])
print(linecache.getlines("virtual_mod.py", g))
print(repr(linecache.getline("virtual_mod.py", 3)))
print(linecache.lazycache("virtual_mod.py", g), linecache.lazycache("other.py", {"__name__": "x"}))
linecache.clearcache()
print(linecache.cache)
