import inspect
import os


def call_chain():
    """A debug helper: who called the function that calls it, outermost first."""
    frames = inspect.stack()[1:]
    return " -> ".join(f"{fi.function}({fi.lineno})" for fi in reversed(frames))


def handle(request):
    return process(request.upper())


def process(data):
    print(call_chain())
    info = inspect.getframeinfo(inspect.currentframe())
    print(os.path.basename(info.filename), info.lineno, info.function, info.code_context, info.index)
    return len(data)


def recurse(n):
    if n == 0:
        return [fi.function for fi in inspect.stack()]
    return recurse(n - 1)


print(handle("ping"))
print(recurse(3))
frame = inspect.currentframe()
print(inspect.isframe(frame), inspect.isframe(42), inspect.getlineno(frame))
ctx = inspect.getframeinfo(frame, context=3)
print(ctx.lineno, ctx.index, [line.strip() for line in ctx.code_context])
print(inspect.getouterframes(frame)[0].function)
