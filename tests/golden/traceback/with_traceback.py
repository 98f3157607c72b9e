# with_traceback and assigning __traceback__: None, another traceback, a wrong type.
import traceback

def fail():
    raise ValueError("original")

try:
    fail()
except ValueError as e:
    saved = e.__traceback__

err = RuntimeError("rethrown")
print(err.__traceback__)
print(err.with_traceback(saved) is err)
print([fs.name for fs in traceback.extract_tb(err.__traceback__)])
err.__traceback__ = None
print(err.__traceback__)
try:
    err.__traceback__ = 42
except TypeError as t:
    print("TypeError:", t)
try:
    raise KeyError("k").with_traceback(saved)
except KeyError as k:
    print([fs.name for fs in traceback.extract_tb(k.__traceback__)])
