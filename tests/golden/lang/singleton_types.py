# The types of None, Ellipsis and NotImplemented give back their one instance.
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
print(NoneType() is None, EllipsisType() is Ellipsis, NotImplementedType() is NotImplemented)
print(EllipsisType.__name__, NoneType.__name__, NotImplementedType.__name__)
print(type(...)() is ..., repr(type(...)()))
for t in (NoneType, EllipsisType, NotImplementedType):
    try:
        t(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        t(x=1)
    except TypeError as e:
        print("TypeError:", e)
print([x for x in (None, ..., NotImplemented, 0) if type(x)() is x])
