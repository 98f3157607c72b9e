# sys.modules is live: imports appear in it, and a module a program puts there is imported.
import sys, types
print("json" in sys.modules)
import json
print("json" in sys.modules, sys.modules["json"] is json)
fake = types.ModuleType("fakemod")
fake.answer = 42
sys.modules["fakemod"] = fake
import fakemod
print(fakemod.answer, fakemod is fake)
from fakemod import answer
print(answer)
try:
    import does_not_exist
except ImportError as e:
    print(type(e).__name__, "does_not_exist" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules["sys"] is sys)
