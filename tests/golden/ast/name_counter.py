# A linter-like visitor: counts the names a module reads and writes, and the calls it makes.
import ast
from collections import Counter

SOURCE = '''
import os

def load(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path) as fh:
        data = fh.read()
    return data.strip()

class Cache:
    def __init__(self):
        self.items = {}

    def get(self, key):
        value = self.items.get(key)
        if value is None:
            value = load(key)
            self.items[key] = value
        return value

cache = Cache()
print(cache.get("config.txt"))
'''


class NameCounter(ast.NodeVisitor):
    def __init__(self):
        self.loads = Counter()
        self.stores = Counter()
        self.calls = Counter()
        self.functions = []

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Store):
            self.stores[node.id] += 1
        else:
            self.loads[node.id] += 1

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Name):
            self.calls[func.id] += 1
        elif isinstance(func, ast.Attribute):
            self.calls["." + func.attr] += 1
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        args = [a.arg for a in node.args.args]
        self.functions.append((node.name, node.lineno, args))
        self.generic_visit(node)


counter = NameCounter()
counter.visit(ast.parse(SOURCE))
print("loads:", sorted(counter.loads.items()))
print("stores:", sorted(counter.stores.items()))
print("calls:", sorted(counter.calls.items()))
for name, line, args in counter.functions:
    print(f"def {name} at line {line}: {args}")
unused = set(counter.stores) - set(counter.loads)
print("assigned but never read:", sorted(unused))
