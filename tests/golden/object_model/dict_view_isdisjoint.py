# Set methods of dict views: keys and items views answer isdisjoint like sets.
inventory = {"apple": 3, "pear": 0, "plum": 7}
wanted = {"kiwi": 1, "fig": 2}
print(inventory.keys().isdisjoint(wanted.keys()))
print(inventory.keys().isdisjoint(["pear"]))
print(inventory.keys().isdisjoint({"kiwi", "fig"}))
print(inventory.items().isdisjoint([("apple", 3)]))
print(inventory.items().isdisjoint([("apple", 4)]))
print(inventory.items().isdisjoint({"plum": 7}.items()))
print({}.keys().isdisjoint([]))
k = inventory.keys()
print(k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
# A generator is walked until the first common item.
seen = []
def gen():
    for x in ["a", "pear", "zzz"]:
        seen.append(x)
        yield x
print(k.isdisjoint(gen()), seen)
# Unhashable items in the other iterable are just looked up.
print(inventory.items().isdisjoint([("apple", [1])]))
try:
    k.isdisjoint(5)
except TypeError as e:
    print("TypeError:", e)
try:
    k.isdisjoint()
except TypeError as e:
    print("TypeError:", e)
print(hasattr({}.values(), "isdisjoint"))
print(type(k).isdisjoint(k, ["nothing"]))
