# A dependency scanner: which modules a program imports, where, and whether at the top level.
import ast

SOURCE = '''
import os
import os.path as osp, json
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..pkg.sub import thing
from typing import *

def lazy():
    import csv
    from xml.etree import ElementTree as ET
    return csv, ET

if True:
    try:
        import ujson as fastjson
    except ImportError:
        fastjson = None
'''

tree = ast.parse(SOURCE)
top = set(id(n) for n in tree.body)
for node in ast.walk(tree):
    if isinstance(node, ast.Import):
        for alias in node.names:
            print(f"line {node.lineno}: import {alias.name}" +
                  (f" as {alias.asname}" if alias.asname else "") +
                  ("" if id(node) in top else "  (nested)"),
                  (alias.lineno, alias.col_offset, alias.end_col_offset))
    elif isinstance(node, ast.ImportFrom):
        module = "." * node.level + (node.module or "")
        names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in node.names)
        print(f"line {node.lineno}: from {module} import {names}" +
              ("" if id(node) in top else "  (nested)"))
print(ast.unparse(tree.body[1]), "|", ast.unparse(tree.body[5]))
