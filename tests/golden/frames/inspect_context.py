import inspect


def probe(context):
    info = inspect.stack(context)[0]
    return info.function, info.lineno, info.code_context, info.index


print(probe(0))
print(probe(1))
print(probe(3)[2:])
frame_info = inspect.stack()[0]
print(frame_info.function, frame_info[3], len(frame_info))
print(tuple(inspect.getframeinfo(inspect.currentframe(), 0))[1:])
try:
    inspect.getframeinfo(42)
except AttributeError as e:
    print("AttributeError:", e)


def failing():
    raise KeyError("k")


try:
    failing()
except KeyError:
    print([(fi.function, fi.lineno) for fi in inspect.trace()])
