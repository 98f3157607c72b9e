import doctest
import sys
import types

# A module built at run time, with its own docstrings and __test__ table.
shapes = types.ModuleType("shapes")
sys.modules["shapes"] = shapes
exec('''
"""Shapes.

>>> square(3)
9
"""

def square(n):
    """
    >>> square(2)
    4
    >>> square(-2)
    4
    """
    return n * n

def cube(n):
    """
    >>> cube(2)
    8
    >>> cube(3)
    28
    >>> cube(4)
    65
    """
    return n ** 3

def _private(n):
    """
    >>> _private(1)
    1
    """
    return n

def no_doc(n):
    return n

__test__ = {"scale": """
>>> SCALE * square(2)
40
"""}
''', shapes.__dict__)

print(doctest.testmod(shapes, extraglobs={"SCALE": 10}))
print(doctest.testmod(shapes, extraglobs={"SCALE": 10},
                      optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
print(doctest.testmod(shapes, extraglobs={"SCALE": 10}, report=False,
                      optionflags=doctest.FAIL_FAST))
print(doctest.testmod(shapes, name="geometry", globs={"square": shapes.square, "SCALE": 1,
                                                      "_private": shapes._private,
                                                      "cube": lambda n: n ** 3 + 1}))
print(doctest.testmod(shapes, extraglobs={"SCALE": 10}, exclude_empty=True, verbose=True))

finder = doctest.DocTestFinder(recurse=False)
print([t.name for t in finder.find(shapes)])
finder = doctest.DocTestFinder(exclude_empty=False)
print([(t.name, len(t.examples)) for t in finder.find(shapes)])
try:
    doctest.testmod("shapes")
except TypeError as e:
    print("TypeError:", e)
print(doctest.master is not None)
