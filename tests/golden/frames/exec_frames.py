import sys


def run_snippet():
    code = "f = sys._getframe()\nresult = (f.f_code.co_name, f.f_code.co_filename, f.f_back.f_code.co_name, f.f_lineno)"
    scope = {"sys": sys}
    exec(code, scope)
    return scope["result"]


print(run_snippet())
print(eval("sys._getframe().f_back.f_code.co_name", {"sys": sys}))
compiled = compile("sys._getframe().f_code.co_filename", "snippet.py", "eval")
print(eval(compiled))


def from_lambda():
    key = lambda item: sys._getframe(1).f_code.co_name
    return sorted([3, 1], key=key), key(0)


print(from_lambda())
