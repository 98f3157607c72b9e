# exec with a namespace dict: names it binds land in the dict; functions it defines work later.
source = """
RATE = 0.2

def tax(amount):
    return round(amount * RATE, 2)

class Invoice:
    def __init__(self, total):
        self.total = total

    def with_tax(self):
        return self.total + tax(self.total)

items = [Invoice(100), Invoice(250)]
"""
ns = {}
exec(source, ns)
print(sorted(k for k in ns if k != "__builtins__"))
print("__builtins__" in ns, type(ns["__builtins__"]).__name__)
print(ns["tax"](50), [i.with_tax() for i in ns["items"]])
print(ns["Invoice"].__name__, ns["tax"].__name__)

# An existing namespace is read and updated.
state = {"count": 1}
exec("count += 1\nextra = count * 10", state)
print(state["count"], state["extra"])
exec("del extra", state)
print("extra" in state)
