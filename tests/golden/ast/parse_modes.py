# ast.parse's modes (exec, eval, single), type_comments, and compiling each mode's tree.
import ast

print(ast.dump(ast.parse("x = 1; y = 2")))
print(ast.dump(ast.parse("a  +  b", mode="eval"), include_attributes=True))
try:
    ast.parse("  a + b", mode="eval")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
print(ast.dump(ast.parse("for i in range(2): print(i)\n", mode="single")))
print(ast.dump(ast.parse("x = [1,  # note\n     2]", type_comments=True)))
print(ast.dump(ast.parse(b"z = 'bytes source'")))
print(ast.dump(ast.parse("")))
print(ast.dump(ast.parse("\n\n# only a comment\n")))

code = compile(ast.parse("6 * 7", mode="eval"), "<eval>", "eval")
print(eval(code))
inter = ast.parse("40 + 2", mode="single")
exec(compile(inter, "<single>", "single"))
mod = ast.parse("items = sorted({3, 1, 2})\nprint(items)")
exec(compile(mod, "<exec>", "exec"))
try:
    compile(ast.parse("1", mode="eval"), "<x>", "exec")
except TypeError as e:
    print(e)
