# Loads its siblings by a relative __import__, as plugin registries do.
def find(kind):
    pkg = __import__(f"{kind}_loader", globals(), None, ["load"], 1)
    return pkg.load


def package():
    return __import__("", globals(), None, None, 1)
