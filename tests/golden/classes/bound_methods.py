class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="Hello"):
        return f"{greeting}, {self.name}"

g = Greeter("Ann")
m = g.greet
print(m(), m("Hi"), Greeter.greet(g, "Yo"))
print(repr(m).startswith("<bound method Greeter.greet of <__main__.Greeter object at 0x"))
print(m.__name__ if hasattr(m, "__name__") else "?")
fs = [g.greet, Greeter("Bob").greet]
print([f() for f in fs])
