# The node classes of Python 3.7 (Num, Str, ...) still made and recognised as Constant.
import ast
n = ast.Num(5)
print(type(n).__name__, n.value, n.n, isinstance(n, ast.Num), isinstance(n, ast.Str))
s = ast.Str("x")
print(type(s).__name__, s.s, isinstance(s, ast.Str), isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(True), ast.NameConstant))
print(isinstance(ast.Constant(...), ast.Ellipsis), type(ast.Ellipsis()).__name__, ast.Ellipsis().value)
print(isinstance(ast.Name("x"), ast.Num), ast.dump(ast.Bytes(b"q")))
print(ast.Num.__doc__)
class V(ast.NodeVisitor):
    def visit_Num(self, node):
        print("old-style visit", node.value)
import warnings
warnings.simplefilter("ignore")
V().visit(ast.parse("1 + 2"))
print(ast.Index(ast.Constant(1)).value, ast.dump(ast.ExtSlice([ast.Constant(1)])))
