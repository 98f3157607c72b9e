# Argument errors of exception group constructors and methods, worded as CPython words them.
eg = ExceptionGroup("m", [ValueError()])
cases = [
    lambda: ExceptionGroup("m", [ValueError()], x=1),
    lambda: BaseExceptionGroup("m", [KeyboardInterrupt()], x=1),
    lambda: BaseExceptionGroup(message="m", exceptions=[ValueError()]),
    lambda: ExceptionGroup("m", range(2)),
    lambda: eg.derive(),
    lambda: eg.derive(1, 2),
    lambda: eg.derive(5),
    lambda: eg.split(),
    lambda: eg.split(1, 2),
    lambda: eg.split(ValueError, x=1),
    lambda: eg.subgroup(),
]
for case in cases:
    try:
        print(repr(case()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
