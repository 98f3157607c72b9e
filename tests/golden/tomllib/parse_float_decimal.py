# parse_float lets a program keep exact decimals (money) instead of binary floats.
import tomllib
from decimal import Decimal

doc = """
[prices]
apple = 0.10
pear = 0.20
total_limit = 1e2
count = 3
special = [ inf, -nan, 1.5 ]
"""
data = tomllib.loads(doc, parse_float=Decimal)
prices = data["prices"]
print(prices)
print(prices["apple"] + prices["pear"], 0.1 + 0.2)
print(type(prices["count"]).__name__)

seen = []
def record(text):
    seen.append(text)
    return float(text)

tomllib.loads("a = 1_000.5\nb = -0.0\nc = +inf\nd = [2e3]", parse_float=record)
print(seen)

for bad in (lambda s: {}, lambda s: [s]):
    try:
        tomllib.loads("x = 1.5", parse_float=bad)
    except ValueError as e:
        print(type(e).__name__, e)

def explode(s):
    raise ArithmeticError("no floats here: " + s)

try:
    tomllib.loads("x = 2.5", parse_float=explode)
except ArithmeticError as e:
    print("ArithmeticError", e)
print(tomllib.loads("x = 7", parse_float=explode))
print(tomllib.loads("x = 'nan'", parse_float=explode))
print(tomllib.loads("x = 1.5", parse_float=str))
