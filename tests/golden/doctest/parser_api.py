import doctest

TEXT = '''
Some prose first.

    >>> x = [1,
    ...      2]
    >>> x
    [1, 2]

More prose.
    >>> def f(a):
    ...     return a * 2
    >>> f(21)   # doctest: +ELLIPSIS
    42
    >>> # just a comment
    >>> print("tail")
    tail
'''

parser = doctest.DocTestParser()
pieces = parser.parse(TEXT, "sample")
for p in pieces:
    if isinstance(p, doctest.Example):
        print("EX", repr(p.source), repr(p.want), p.lineno, p.indent, p.options, p.exc_msg)
    else:
        print("TX", repr(p))

examples = parser.get_examples(TEXT)
print(len(examples))
test = parser.get_doctest(TEXT, {"y": 1}, "sample", "sample.txt", 10)
print(test)
print(test.name, test.filename, test.lineno, sorted(test.globs))
print(test.examples[0] == examples[0], test.examples[0] == examples[1])

exc = parser.get_examples("""
>>> 1/0
Traceback (most recent call last):
  File "<stdin>", line 1
ZeroDivisionError: division by zero
""")[0]
print(repr(exc.exc_msg))

for bad in [">>>print(1)\n", "  >>> a = 1\n ... b\n", ">>> x  # doctest: +NOPE\n",
            "    >>> 1\n    1\n  2\n"]:
    try:
        parser.get_examples(bad, "bad")
    except ValueError as e:
        print("ValueError:", e)

print(doctest.script_from_examples(TEXT))
print(doctest.DocTest([], {}, "empty", None, None, ""))
print(doctest.DocTest(examples[:1], {}, "one", "f.py", 3, None))
