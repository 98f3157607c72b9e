# A calculator for user input: the expression's tree is checked against a whitelist, then
# evaluated by walking it.
import ast
import operator

OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
    ast.Pow: operator.pow, ast.USub: operator.neg, ast.UAdd: operator.pos,
}
FUNCS = {"abs": abs, "min": min, "max": max, "round": round}


class Unsafe(Exception):
    pass


def evaluate(node, env):
    if isinstance(node, ast.Expression):
        return evaluate(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left, env), evaluate(node.right, env))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.operand, env))
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in FUNCS and not node.keywords):
        return FUNCS[node.func.id](*(evaluate(a, env) for a in node.args))
    raise Unsafe(f"{type(node).__name__} at column {getattr(node, 'col_offset', '?')}")


env = {"x": 7, "rate": 0.25}
for text in ["1 + 2 * 3", "(1 + 2) * 3", "-x ** 2", "max(x, 10) // 3", "round(rate * 100, 1)",
             "2 ** 10 % 1000", "x / 0", "__import__('os')", "x.real", "[1, 2]",
             "abs(-x) + y", "1 +", "lambda: 1"]:
    try:
        tree = ast.parse(text, mode="eval")
        print(f"{text!r:24} = {evaluate(tree, env)!r}")
    except Unsafe as e:
        print(f"{text!r:24} refused: {e}")
    except SyntaxError as e:
        print(f"{text!r:24} syntax error: {e.msg}")
    except ZeroDivisionError as e:
        print(f"{text!r:24} error: {e}")
