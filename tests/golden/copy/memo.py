# The memo dict: passing one shares copies across calls.
import copy

a = [1, 2]
memo = {}
b = copy.deepcopy([a, a], memo)
c = copy.deepcopy(a, memo)
print(b[0] is b[1], c is b[0], id(a) in memo)
print(copy.deepcopy(a, {id(a): "already"}))
memo2 = {}
copy.deepcopy({"x": [1]}, memo2)
print(len(memo2) >= 2)
