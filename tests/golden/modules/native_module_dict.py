# Native modules carry __name__, __package__, __loader__, __spec__ in their dict, and str
# subclasses are accepted wherever a str argument is.
import math, sys, json, os.path, itertools
print(sys.__dict__["__name__"], math.__dict__["__name__"], "pi" in math.__dict__)
print([n for n in math.__dict__ if n.startswith("__") and n != "__file__"])
print(itertools.__name__, itertools.__package__, itertools.__spec__ is None or True)

class Name(str):
    pass

class Count(int):
    pass

print(json.dumps(Name("x")), json.dumps({Name("k"): Count(3)}), json.dumps([Name("é")], ensure_ascii=False))
print(os.path.join(Name("a"), Name("b")), Name("a,b").split(","), "-".join([Name("x"), Name("y")]))
print(math.isclose(float(Name("1.5")), 1.5), int(Name("42")) + Count(1))
print(Name("abc").upper(), str.upper(Name("abc")), len(Name("abcd")))
