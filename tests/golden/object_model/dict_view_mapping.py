# A dict view's `mapping`: a read-only proxy of the dict the view looks at.
prices = {"tea": 3, "cake": 5}
keys = prices.keys()
print(keys.mapping, keys.mapping["tea"], prices.values().mapping, prices.items().mapping == prices)
proxy = prices.items().mapping
prices["jam"] = 2
print(len(proxy), "jam" in proxy, sorted(proxy))
try:
    proxy["tea"] = 4
except TypeError as e:
    print("TypeError:", e)
try:
    keys.mapping = {}
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
