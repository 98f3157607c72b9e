# Building classes and functions from source text.
fields = ["x", "y", "z"]
args = ", ".join(fields)
body = "\n".join(f"        self.{f} = {f}" for f in fields)
src = f"""
class Vector:
    def __init__(self, {args}):
{body}

    def __repr__(self):
        return "Vector(" + ", ".join(repr(getattr(self, f)) for f in {fields!r}) + ")"
"""
ns = {}
exec(src, ns)
Vector = ns["Vector"]
print(Vector(1, 2, 3))


def make_adder(n):
    code = f"lambda v: v + {n}"
    return eval(code)


adders = [make_adder(i) for i in range(3)]
print([a(10) for a in adders])
