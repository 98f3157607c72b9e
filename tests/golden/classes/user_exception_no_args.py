class Empty(Exception):
    pass

try:
    raise Empty
except Empty as e:
    print(repr(e), str(e) == "", e.args)
raise Empty
