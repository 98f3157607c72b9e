# iter_fields, iter_child_nodes, walk, get_docstring, increment_lineno, copy_location.
import ast

tree = ast.parse('''
"""  Module doc.

    Indented second paragraph.
"""
def f(a, b=1):
    """Adds.

    Returns the sum.
    """
    return a + b

class K:
    x = 1
''')
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
print(repr(ast.get_docstring(tree.body[1])))
print(ast.get_docstring(tree.body[2]))
try:
    ast.get_docstring(tree.body[1].body[1])
except TypeError as e:
    print(e)

func = tree.body[1]
for name, value in ast.iter_fields(func):
    print(name, type(value).__name__)
print([type(n).__name__ for n in ast.iter_child_nodes(func)])
print(sorted(type(n).__name__ for n in ast.walk(func)))

ast.increment_lineno(tree, 10)
print(func.lineno, func.end_lineno, func.body[1].value.left.lineno)

new = ast.Name("y", ast.Load())
ast.copy_location(new, func.body[1].value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)

mod = ast.Module(body=[ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("hi")], []))],
                 type_ignores=[])
ast.fix_missing_locations(mod)
print(ast.dump(mod, include_attributes=True))
exec(compile(mod, "<built>", "exec"))
