# Where `from __future__ import` may stand and what it may name, as a tool that checks
# snippets before running them sees it: compile() reports CPython's errors with their lines.
SNIPPETS = {
    "docstring first": '"""Module doc."""\nfrom __future__ import annotations\nx: undefined = 1\n',
    "two future lines": "from __future__ import annotations\nfrom __future__ import division\n",
    "after an import": "import os\nfrom __future__ import annotations\n",
    "after code": "x = 1\n\nfrom __future__ import generator_stop\n",
    "second docstring": '"doc"\n"more"\nfrom __future__ import annotations\n',
    "inside a function": "def f():\n    from __future__ import annotations\n",
    "inside an if": "if True:\n    from __future__ import division\n",
    "unknown feature": "from __future__ import annotations, teleportation\n",
    "braces": "from __future__ import braces\n",
    "star": "from __future__ import *\n",
    "renamed": "from __future__ import annotations as ann\n",
    "relative counts too": "x = 1\nfrom .__future__ import annotations\n",
}

for label, src in SNIPPETS.items():
    try:
        compile(src, f"<{label}>", "exec")
    except SyntaxError as e:
        print(f"{label}: SyntaxError: {e.msg} (line {e.lineno})")
    else:
        print(f"{label}: compiles")

# The checks belong to compiling: ast.parse accepts a late future import.
import ast
tree = ast.parse("x = 1\nfrom __future__ import annotations\n")
print(type(tree.body[1]).__name__, tree.body[1].module)

# A module whose future import comes late does not import.
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "late_future.py"), "w") as f:
        f.write("import sys\nfrom __future__ import annotations\n")
    sys.path.insert(0, d)
    try:
        import late_future
    except SyntaxError as e:
        print("import:", e.msg, e.lineno)
