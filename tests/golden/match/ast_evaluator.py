# An expression tree evaluator built on class patterns.
from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Neg:
    operand: object


@dataclass
class Let:
    name: str
    value: object
    body: object


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case Neg(Neg(inner)):
            return evaluate(inner, env)
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case BinOp("-" | "/" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            return a - b if op == "-" else a / b
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case _:
            raise TypeError(f"bad node {node!r}")


def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Let(n, v, b):
            return f"let {n} = {show(v)} in {show(b)}"


exprs = [
    Num(4),
    BinOp("+", Num(1), BinOp("*", Num(2), Num(3))),
    Neg(Neg(Var("x"))),
    BinOp("*", Var("undefined"), Num(0)),
    Let("y", BinOp("-", Var("x"), Num(1)), BinOp("/", Var("y"), Num(2))),
    Var("z"),
    "junk",
]
for e in exprs:
    try:
        print(show(e), "=", evaluate(e, {"x": 10}))
    except (NameError, TypeError) as exc:
        print(type(exc).__name__, exc)
