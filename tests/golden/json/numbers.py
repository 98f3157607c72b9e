# Numbers both ways: ints of any size, floats as repr prints them, special values.
import json

values = [0, -1, 2**63, -(2**100), 1.0, -0.0, 0.1, 1e16, 1e-5, 123.456, 1.5e300,
          float("inf"), float("-inf")]
print(json.dumps(values))
print(json.dumps(float("nan")))
for text in ["0", "-0", "12", "-12.5", "1e5", "1E+2", "2.5e-3", "-0.0", "1E400",
             "123456789012345678901234567890", "NaN", "Infinity", "-Infinity"]:
    v = json.loads(text)
    print(text, "->", repr(v), type(v).__name__)
try:
    json.dumps([1.0, float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"a": float("inf")}, allow_nan=False, indent=2)
except ValueError as e:
    print("ValueError:", e)
