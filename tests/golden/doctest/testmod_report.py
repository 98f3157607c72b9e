"""A small stats module.

>>> mean([1, 2, 3])
2.0
"""

def mean(xs):
    """Average of xs.

    >>> mean([2, 4])
    3.0
    >>> mean([1])
    1.0
    >>> mean([1, 2])
    2
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    """
    return sum(xs) / len(xs)

class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.items
    [1, 2]
    >>> s.pop()
    2
    >>> s.pop()
    5
    """
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        """Remove the top.

        >>> Stack().pop()
        Traceback (most recent call last):
            ...
        IndexError: pop from empty list
        >>> Stack().pop()   # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        IndexError: something else
        """
        return self.items.pop()
    @property
    def size(self):
        """>>> Stack().size
        0
        """
        return len(self.items)

def nothing():
    pass

def elided():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(' a   b ')  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> 1 + 1  # doctest: +SKIP
    3
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    >>> x = 5
    >>> x
    5
    >>> print('nothing expected')
    """

if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    r = doctest.DocTestRunner(verbose=False)
    for t in doctest.DocTestFinder().find(mean):
        print(t, [e.source for e in t.examples], t.lineno)
