# Constructing exception groups: CPython's checks and messages, and the class chosen.
eg = ExceptionGroup("msg", [ValueError(1), TypeError("two"), ExceptionGroup("inner", [KeyError("k")])])
print(eg)
print(repr(eg))
print(eg.message)
print(eg.exceptions)
print(eg.args)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
print(type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
print(repr(ExceptionGroup("t", (ValueError(),))))
print(str(ExceptionGroup("one", [ValueError()])))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), isinstance(eg, ExceptionGroup))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
bg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(isinstance(bg, Exception), isinstance(bg, BaseException))

cases = [
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", [1]),
    lambda: ExceptionGroup("m", [ValueError(), "x"]),
    lambda: ExceptionGroup(1, []),
    lambda: ExceptionGroup("m", 5),
    lambda: ExceptionGroup("m", {ValueError()}),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup(),
    lambda: BaseExceptionGroup("m", [ValueError()], 3),
]
for make in cases:
    try:
        print("made", repr(make()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
