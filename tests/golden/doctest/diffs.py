import doctest

SAMPLE = """
>>> for word in "alpha beta gamma delta".split():
...     print(word)
alpha
beta
gama
delta
"""

parser = doctest.DocTestParser()
for flag in (0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    test = parser.get_doctest(SAMPLE, {}, "words", "words.txt", 0)
    runner = doctest.DocTestRunner(verbose=False, optionflags=flag)
    print(runner.run(test))
    print(runner.summarize(verbose=True))

TWO = """
>>> 1 + 1
3
>>> 2 + 2
5
>>> 3 + 3
6
"""
for flag in (doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST):
    test = parser.get_doctest(TWO, {}, "sums", None, None)
    runner = doctest.DocTestRunner(verbose=False, optionflags=flag)
    print(runner.run(test))
