# A linter pass: collects TODO comments and counts identifiers, skipping strings.
import collections
import io
import tokenize

CODE = '''
import json  # TODO: use orjson
from typing import Any

CONFIG = {"name": "demo", "retries": 3}  # defaults

def load(path: str) -> dict[str, Any]:
    """Load JSON; TODO in a docstring is not a comment."""
    with open(path) as fh:  # todo close explicitly?
        data = json.load(fh)
    # TODO(ann): validate
    return {**CONFIG, **data}

class Loader:
    retries = CONFIG["retries"]
    def run(self, path):
        return load(path)
'''

todos = []
names = collections.Counter()
keywords = set("import from def with as return class".split())
for tok in tokenize.generate_tokens(io.StringIO(CODE).readline):
    if tok.type == tokenize.COMMENT and "todo" in tok.string.lower():
        todos.append((tok.start[0], tok.string))
    elif tok.type == tokenize.NAME and tok.string not in keywords:
        names[tok.string] += 1
for line, text in todos:
    print(f"line {line}: {text}")
print(names.most_common(6))
print(sum(1 for t in tokenize.generate_tokens(io.StringIO(CODE).readline) if t.type == tokenize.STRING))
