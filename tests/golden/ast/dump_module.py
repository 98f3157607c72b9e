# ast.dump of a varied module: plain, indented, with positions, and without field names.
import ast

tree = ast.parse('''
from math import pi as PI, tau
x: int = 3
y, *rest = [1, 2, 3]
del rest
async def fetch(url, *, retries=3, **opts):
    async with session(url) as s:
        return await s.get()
while x > 0:
    x -= 1
else:
    pass
z = x if x else -x
assert z >= 0, "negative"
''')
print(ast.dump(tree))
print(ast.dump(tree.body[1], include_attributes=True))
print(ast.dump(tree.body[2], indent=2))
print(ast.dump(tree.body[4], indent="\t"))
print(ast.dump(tree.body[5], annotate_fields=False))
print(ast.dump(ast.parse("f(a, *b, c=1, **d)", mode="eval"), indent=4))
print(ast.dump(ast.parse("pass", mode="single")))
print(ast.dump(ast.Name()))
print(ast.dump(ast.Constant(value=None, kind=None)))
print(ast.dump(ast.FunctionDef(name="f", body=[], decorator_list=[]), annotate_fields=False))
print(ast.dump([]) if False else "")
try:
    ast.dump("not a node")
except TypeError as e:
    print(e)
