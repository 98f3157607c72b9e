import doctest

parser = doctest.DocTestParser()
test = parser.get_doctest("""
>>> x = 1
>>> x + 1
3
""", {}, "calc", "calc.py", 0)
runner = doctest.DebugRunner(verbose=False)
try:
    runner.run(test)
except doctest.DocTestFailure as f:
    print("failure in", f.test.name, repr(f.example.source), repr(f.example.want), repr(f.got))
    print(str(f))

test = parser.get_doctest("""
>>> {}["k"]
""", {}, "lookup", "lookup.py", 0)
try:
    doctest.DebugRunner().run(test)
except doctest.UnexpectedException as u:
    print("unexpected in", u.test.name, u.exc_info[0].__name__, u.exc_info[1])


def f():
    """
    >>> f()
    2
    """
    return 1


try:
    doctest.testmod(raise_on_error=True)
except doctest.DocTestFailure as e:
    print("testmod raised", e.test.name, repr(e.got))

checker = doctest.OutputChecker()
print(checker.check_output("a ... z\n", "a b c z\n", doctest.ELLIPSIS))
print(checker.check_output("aa...aa\n", "aaa\n", doctest.ELLIPSIS))
print(checker.check_output("1\n", "True\n", 0))
print(checker.check_output("<BLANKLINE>\n", "\n", 0))
print(checker.check_output("<BLANKLINE>\n", "\n", doctest.DONT_ACCEPT_BLANKLINE))
print(checker.check_output("\u00e9\n", "\\xe9\n", 0))
ex = doctest.Example("print(1)\n", "2\n")
print(checker.output_difference(ex, "1\n", 0), end="")
print(checker.output_difference(doctest.Example("x\n", ""), "", 0), end="")
print(checker.output_difference(doctest.Example("x\n", "a\n"), "", 0), end="")
print(checker.output_difference(doctest.Example("x\n", ""), "\n\n", 0), end="")
