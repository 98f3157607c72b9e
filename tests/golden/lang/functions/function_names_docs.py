# __name__, __qualname__ and __doc__ of functions.
def documented(a):
    """Return a unchanged."""
    return a
def plain():
    pass
def not_doc():
    x = 1
    "not a docstring"
print(documented.__name__, documented.__qualname__)
print(repr(documented.__doc__), plain.__doc__, not_doc.__doc__)
def multi():
    """First line.

    More text.
    """
print(multi.__doc__)
f = documented
print(f.__name__)
f.__name__ = 'renamed'
print(documented.__name__, documented.__qualname__)
print(documented.__module__)
