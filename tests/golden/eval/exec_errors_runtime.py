# Exceptions raised by code run through exec and eval propagate with their types.
def attempt(src, mode="exec", ns=None):
    try:
        if mode == "eval":
            return eval(src, ns if ns is not None else {})
        exec(src, ns if ns is not None else {})
        return "ok"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print(attempt("1 / 0", "eval"))
print(attempt("undefined_name", "eval"))
print(attempt("raise ValueError('bad value')"))
print(attempt("[][3]"))
print(attempt("{}['k']", "eval"))
print(attempt("import nonexistent_module_xyz"))
print(attempt("x = 1\nx.foo"))
print(attempt("assert False, 'nope'"))
