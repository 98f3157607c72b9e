import doctest


def table(n):
    """
    >>> table(3)   # doctest: +NORMALIZE_WHITESPACE
    1   2   3
    2   4   6
    3   6   9
    >>> list(range(100))   # doctest: +ELLIPSIS
    [0, 1, 2, ..., 98, 99]
    >>> print(list(range(100)))   # doctest: +ELLIPSIS
    [0, 1, ..., 7]
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> True
    1
    >>> 1 == 2   # doctest: +DONT_ACCEPT_TRUE_FOR_1
    0
    >>> raise_it()   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    mymodule.CustomError: the details differ
    >>> import os   # doctest: +SKIP
    >>> this_is_skipped()   # doctest: +SKIP
    42
    """
    for i in range(1, n + 1):
        print("   ".join(str(i * j) for j in range(1, n + 1)))


class CustomError(Exception):
    pass


def raise_it():
    raise CustomError("actual details")


def ellipsis_off():
    """
    >>> print("a b c")
    a ... c
    >>> print("a b c")   # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    a   ...   c
    """


print(doctest.testmod(optionflags=0))
print(doctest.testmod(optionflags=doctest.ELLIPSIS))
print(doctest.OPTIONFLAGS_BY_NAME["ELLIPSIS"], doctest.ELLIPSIS, doctest.FAIL_FAST)
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
MY_FLAG = doctest.register_optionflag("MY_FLAG")
print(MY_FLAG, doctest.register_optionflag("MY_FLAG"))
