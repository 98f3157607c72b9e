import doctest


def area(w, h):
    """Rectangle area.

    >>> area(2, 3)
    6
    >>> area(0, 5)
    0
    """
    return w * h


def perimeter(w, h):
    """
    >>> perimeter(2, 3)
    10
    """
    return 2 * (w + h)


def broken():
    """
    >>> broken()
    'fixed'
    """
    return "broken"


def undocumented():
    return None


finder = doctest.DocTestFinder()
tests = finder.find(area)
print([t.name for t in tests], [len(t.examples) for t in tests])
runner = doctest.DocTestRunner(verbose=True)
for f in (area, perimeter, broken):
    for test in finder.find(f, globs={"area": area, "perimeter": perimeter, "broken": broken}):
        print(runner.run(test))
print(runner.summarize())
print(runner.tries, runner.failures)

print("--- run_docstring_examples")
doctest.run_docstring_examples(area, {"area": area})
doctest.run_docstring_examples(broken, {"broken": broken}, name="broken_fn")
doctest.run_docstring_examples(perimeter, {"perimeter": perimeter}, verbose=True)

print("--- exclude_empty")
names = [t.name for t in doctest.DocTestFinder(exclude_empty=False).find(
    __import__("__main__"))]
print(names)
names = [t.name for t in doctest.DocTestFinder().find(__import__("__main__"))]
print(names)
