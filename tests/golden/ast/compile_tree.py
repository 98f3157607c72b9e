# compile() of trees made or changed by hand, run with exec and eval; errors keep their lines.
import ast
import traceback

# A function added to a parsed module.
tree = ast.parse("def greet(who):\n    return 'hello ' + who\n")
call = ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                         [ast.Call(ast.Name("greet", ast.Load()), [ast.Constant("ast")], [])], []))
tree.body.append(call)
ast.fix_missing_locations(tree)
exec(compile(tree, "<greet>", "exec"))

# eval of an Expression tree.
expr = ast.Expression(body=ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, "<calc>", "eval")))

# Names resolve in the namespaces given.
code = compile(ast.parse("result = [base ** i for i in range(n)]"), "<pow>", "exec")
ns = {"base": 2, "n": 6}
exec(code, ns)
print(ns["result"])

# Classes, closures, generators and exceptions survive the trip.
src = '''
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n

def make_adder(k):
    def add(x):
        return x + k
    return add

def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i

c = Counter()
c.bump(); c.bump()
print(c.n, make_adder(10)(5), list(evens(9)))
try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))
match c.n:
    case 2:
        print("two")
    case _:
        print("other")
'''
exec(compile(ast.parse(src), "<classes>", "exec"), {})

# A runtime error reports the line the tree gives.
bad = ast.parse("x = 1\ny = 2\nz = x / (y - 2)\n")
try:
    exec(compile(bad, "<division>", "exec"), {})
except ZeroDivisionError:
    traceback.print_exc()

# Lines moved by increment_lineno show in tracebacks.
moved = ast.increment_lineno(ast.parse("x = 1\nif x:\n    raise ValueError('moved')\n"), 40)
try:
    exec(compile(moved, "<moved>", "exec"), {})
except ValueError:
    traceback.print_exc()

# compile() with PyCF_ONLY_AST gives the tree; compiling a tree again gives code.
t = compile("a = 1", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
print(compile(t, "<s>", "exec", ast.PyCF_ONLY_AST) is t)
ns = {}
exec(compile(t, "<s>", "exec"), ns)
print(ns["a"])
