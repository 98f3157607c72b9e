# A calculator that evaluates user formulas with eval in a restricted namespace.
import math

SAFE = {name: getattr(math, name) for name in ["sqrt", "sin", "cos", "pi", "e", "log", "floor"]}
SAFE["abs"] = abs
SAFE["round"] = round


def calc(expr, **variables):
    env = dict(SAFE)
    env.update(variables)
    try:
        return eval(expr, {"__builtins__": {}}, env)
    except ZeroDivisionError:
        return "division by zero"
    except NameError as e:
        return f"unknown name: {e}"
    except SyntaxError as e:
        return f"syntax error: {e}"


for expr, kw in [
    ("1 + 2 * 3", {}),
    ("sqrt(16) + pi", {}),
    ("x ** 2 + y", {"x": 3, "y": 1}),
    ("round(e, 3)", {}),
    ("floor(-2.5) / 0", {}),
    ("open('secret')", {}),
    ("2 +* 3", {}),
    ("abs(-7) if x > 0 else -1", {"x": 1}),
    ("[n * n for n in range(x)]", {"x": 4}),
]:
    print(f"{expr!r:30} -> {calc(expr, **kw)}")
