# The names the module offers.
import json

print(sorted(json.__all__))
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__mro__[1].__name__)
print(callable(json.dumps), callable(json.loads))
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps("x"), json.dumps(3))
print(json.loads("null"), json.loads("true"), json.loads("false"), json.loads(' "x" '))
print(json.loads("[]"), json.loads("{}"), json.loads(" [ ] "), json.loads(" { } "))
