# A transformer rewrites constants, then the tree is compiled and run.
import ast

SOURCE = '''
RATE = 3
def price(qty):
    return qty * RATE + 1

for q in (1, 2, 10):
    print(q, price(q), "units")
label = "total"
print(label, sum(price(q) for q in range(4)))
'''


class ScaleNumbers(ast.NodeTransformer):
    """Multiplies every integer literal by 100 and upper-cases every string literal."""

    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 100), node)
        if isinstance(node.value, str):
            return ast.copy_location(ast.Constant(node.value.upper()), node)
        return node


tree = ast.parse(SOURCE, "<prices>")
exec(compile(tree, "<prices>", "exec"), {})
print("---")
new = ast.fix_missing_locations(ScaleNumbers().visit(tree))
print(ast.unparse(new))
print("---")
exec(compile(new, "<prices>", "exec"), {})


class DropPrints(ast.NodeTransformer):
    def visit_Expr(self, node):
        call = node.value
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "print":
            return None
        return node


quiet = DropPrints().visit(ast.parse("x = 1\nprint(x)\ny = x + 1\nprint(y)\n"))
print(ast.unparse(quiet))
ns = {}
exec(compile(quiet, "<quiet>", "exec"), ns)
print(ns["x"], ns["y"])
