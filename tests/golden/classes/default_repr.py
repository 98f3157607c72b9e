class Thing:
    pass

t = Thing()
print(repr(t).startswith("<__main__.Thing object at 0x"))
print(t)
print(Thing)
print(type(t))
print(type(t) is Thing, type(t).__name__)
