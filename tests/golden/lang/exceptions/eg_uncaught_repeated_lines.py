# A traceback inside a group counts repeated lines as CPython does (without the margin).
def r(n):
    if n == 0:
        raise ValueError("deep")
    r(n - 1)
errs = []
try:
    r(10)
except ValueError as e:
    errs.append(e)
raise ExceptionGroup("g", errs)
