# Line and column positions of nodes (columns count UTF-8 bytes), and get_source_segment.
import ast

SOURCE = '''name = "Пётр"; greeting = f"Привет, {name}!"
total = (1 +
         2)
def f(x,
      y=2):
    return {
        "x": x,
    }
'''
tree = ast.parse(SOURCE)
for node in ast.walk(tree):
    if isinstance(node, (ast.expr, ast.stmt, ast.arg, ast.keyword)):
        seg = ast.get_source_segment(SOURCE, node)
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno,
              node.end_col_offset, repr(seg))
print(ast.get_source_segment(SOURCE, tree.body[3].body[0], padded=True))
print(ast.get_source_segment(SOURCE, ast.Name("q")))
