# A complexity checker: branches per function, and functions lacking docstrings.
import ast

SOURCE = '''
def simple(a):
    """Returns a."""
    return a

def branchy(items, limit=10):
    total = 0
    for item in items:
        if item < 0:
            continue
        elif item > limit and item % 2 or item == 99:
            break
        while total < limit:
            total += 1
    try:
        check(total)
    except ValueError:
        pass
    except (KeyError, IndexError):
        raise
    return [x for x in items if x if x > 1] or None

class Service:
    """A service."""
    async def handle(self, request):
        async with self.lock:
            match request.kind:
                case "get":
                    return await self.get(request)
                case "put" | "post":
                    return await self.put(request)
                case _:
                    return None
    def _helper(self):
        return lambda v: v if v else 0
'''

BRANCHES = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler, ast.IfExp,
            ast.comprehension, ast.match_case, ast.With, ast.AsyncWith)


class Complexity(ast.NodeVisitor):
    def __init__(self):
        self.stack = []
        self.report = []

    def visit_FunctionDef(self, node):
        name = ".".join(self.stack + [node.name])
        score = 1
        for child in ast.walk(node):
            if isinstance(child, BRANCHES):
                score += 1
            elif isinstance(child, ast.BoolOp):
                score += len(child.values) - 1
        doc = ast.get_docstring(node)
        self.report.append((name, node.lineno, node.end_lineno, score, doc is not None))
        self.stack.append(node.name)
        self.generic_visit(node)
        self.stack.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self.stack.append(node.name)
        self.generic_visit(node)
        self.stack.pop()


c = Complexity()
c.visit(ast.parse(SOURCE))
for name, start, end, score, has_doc in c.report:
    print(f"{name:22} lines {start:2}-{end:2}  complexity {score}  "
          f"{'documented' if has_doc else 'NO DOCSTRING'}")
