# Very deep documents hit the recursion limit with CPython's words, not a crash.
import json

nested = "[" * 100 + "]" * 100
print(len(json.dumps(json.loads(nested))))
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("RecursionError:", e)
try:
    json.loads('{"a":' * 100000)
except RecursionError as e:
    print("RecursionError:", e)
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)
