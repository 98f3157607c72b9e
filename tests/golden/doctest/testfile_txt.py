import doctest
import os

with open("testfile_txt_sample.txt", "w") as f:
    f.write("""Shopping list
=============

    >>> items = ["milk", "eggs"]
    >>> items.append("bread")
    >>> len(items)
    3
    >>> ", ".join(items)
    'milk, eggs, bread'
    >>> items[5]
    Traceback (most recent call last):
      ...
    IndexError: list index out of range
    >>> items.pop()
    'milk'
""")
try:
    print(doctest.testfile("testfile_txt_sample.txt"))
    print(doctest.testfile("testfile_txt_sample.txt", verbose=True, report=True))
    print(doctest.testfile(os.path.abspath("testfile_txt_sample.txt"),
                           module_relative=False, name="shop", report=False))
    suite = doctest.DocFileSuite("testfile_txt_sample.txt")
    print(suite.countTestCases())
    case = list(suite)[0]
    print(case.id())
    try:
        doctest.testfile("/abs/path.txt")
    except ValueError as e:
        print("ValueError:", e)
    try:
        doctest.testfile("x.txt", module_relative=False, package="os")
    except ValueError as e:
        print("ValueError:", e)
finally:
    os.remove("testfile_txt_sample.txt")
