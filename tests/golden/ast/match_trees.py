# match statements: pattern nodes with their positions, unparsed, compiled and run.
import ast

SOURCE = '''
def describe(cmd):
    match cmd:
        case []:
            return "empty"
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["drop", *objects] if objects:
            return f"dropping {len(objects)}"
        case {"action": "look", **rest}:
            return f"look {sorted(rest)}"
        case Point(x=0, y=yy):
            return f"on the y axis at {yy}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case None | True | False:
            return "flag"
        case -1 | 1.5 | 2+3j | "s" | b"b":
            return "literal"
        case str(text):
            return "text " + text
        case _:
            return "other"
'''


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


tree = ast.parse(SOURCE)
match_stmt = tree.body[0].body[0]
for case in match_stmt.cases:
    p = case.pattern
    print(type(p).__name__, p.lineno, p.col_offset, p.end_col_offset, "|", ast.unparse(p))
print(ast.dump(match_stmt.cases[1].pattern))
ns = {"Point": Point}
exec(compile(tree, "<match>", "exec"), ns)
for cmd in [[], ["go", "north"], ["drop", "a", "b"], {"action": "look", "z": 1, "a": 2},
            Point(0, 5), 2, None, 1.5, "hi", 3.5]:
    print(repr(cmd)[:30], "->", ns["describe"](cmd))
