# getmodule and ismodule.
import inspect
import json


def f():
    pass


print(inspect.getmodule(f).__name__)
print(inspect.getmodule(json) is json, inspect.ismodule(json), inspect.ismodule(f))
print(inspect.getmodule(42))
