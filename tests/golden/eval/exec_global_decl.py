# A name that a function in exec'd code declares `global` is a global at the top level of
# that code too, even when the code runs with a locals mapping of its own.
script = """
counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
report = f"bumped to {counter}"
"""
g, l = {}, {}
exec(script, g, l)
print(g["counter"], sorted(l))


def run_plugin(source):
    # Inside a function, exec runs with the function's locals as its own.
    exec(source)
    return globals().get("hits")


print(run_plugin("hits = 0\ndef hit():\n    global hits\n    hits += 1\nhit()"))

g, l = {}, {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    results = (g(), h())
""", g, l)
print(l["results"], sorted(k for k in g if k != "__builtins__"), sorted(l))
