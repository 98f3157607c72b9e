import doctest
import sys
import unittest


def double(x):
    """
    >>> double(4)
    8
    >>> double("ab")
    'abab'
    """
    return x * 2


def wrong(x):
    """
    >>> wrong(1)
    2
    """
    return x


class Box:
    """
    >>> Box(3).value
    3
    """

    def __init__(self, value):
        self.value = value


suite = doctest.DocTestSuite(sys.modules[__name__])
print(suite.countTestCases())
for case in suite:
    print(repr(case), case.id(), case.shortDescription())
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))
for case, text in result.failures:
    print(case.id())
    print(text.splitlines()[-1])
    print("\n".join(line for line in text.splitlines() if "Failed doctest" in line or
                    line.startswith("  File \"/") and "doctest.py" not in line or
                    line.startswith("Expected") or
                    line.startswith("Got")))
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF))
print(doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print("ValueError", e.args)
