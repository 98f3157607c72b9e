# The node classes: fields, attributes, match args, construction and its errors.
import ast

for cls in (ast.Name, ast.Constant, ast.BinOp, ast.FunctionDef, ast.arguments, ast.arg,
            ast.keyword, ast.alias, ast.comprehension, ast.Load, ast.Add, ast.MatchAs,
            ast.ExceptHandler, ast.withitem, ast.match_case, ast.Module):
    print(cls.__name__, cls._fields, cls._attributes, cls.__match_args__)
print(ast.Name.__mro__)
print(ast.Name.__doc__)
print(ast.operator.__doc__)
print(ast.expr_context.__doc__)
print(ast.Add.__doc__)
print(issubclass(ast.Add, ast.operator), issubclass(ast.If, ast.stmt), isinstance(ast.Load(), ast.AST))

n = ast.Name("x", ast.Load(), lineno=3)
print(n.id, type(n.ctx).__name__, n.lineno, n.end_lineno, hasattr(n, "col_offset"))
c = ast.Constant(5)
print(c.value, c.kind)
f = ast.FunctionDef()
print(f.returns, f.type_comment, hasattr(f, "name"), hasattr(f, "body"))
print(ast.arguments().vararg, ast.alias("m").asname)
try:
    ast.Name("a", ast.Load(), 3)
except TypeError as e:
    print(e)
try:
    ast.Pass(1)
except TypeError as e:
    print(e)
try:
    ast.Constant(1, value=2)
except TypeError as e:
    print(e)
extra = ast.Name("x", custom="kept")
print(extra.custom)

match ast.parse("a + 1", mode="eval").body:
    case ast.BinOp(ast.Name(id=left), ast.Add(), ast.Constant(value=right)):
        print("matched", left, right)
