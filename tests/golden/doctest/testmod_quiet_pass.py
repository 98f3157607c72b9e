"""Inventory helpers, checked by their own examples.

>>> inv = Inventory()
>>> inv.add("apple", 3)
>>> inv.add("pear")
>>> inv["apple"]
3
>>> sorted(inv)
['apple', 'pear']
"""


class Inventory:
    """Counts of named things.

    >>> i = Inventory()
    >>> i.add("x", 2); i.add("x", 5)
    >>> i["x"]
    7
    >>> i["missing"]
    0
    """

    def __init__(self):
        self._counts = {}

    def add(self, name, n=1):
        """Add `n` of `name`.

        >>> i = Inventory()
        >>> i.add("bolt", -1)
        Traceback (most recent call last):
          ...
        ValueError: negative count: -1
        """
        if n < 0:
            raise ValueError(f"negative count: {n}")
        self._counts[name] = self._counts.get(name, 0) + n

    def __getitem__(self, name):
        return self._counts.get(name, 0)

    def __iter__(self):
        return iter(self._counts)

    @classmethod
    def from_pairs(cls, pairs):
        """
        >>> Inventory.from_pairs([("a", 1), ("b", 2)])["b"]
        2
        """
        inv = cls()
        for name, n in pairs:
            inv.add(name, n)
        return inv

    @staticmethod
    def describe(n):
        """
        >>> Inventory.describe(0)
        'none'
        >>> Inventory.describe(3)
        'some'
        """
        return "none" if n == 0 else "some"


__test__ = {
    "totals": """
    >>> inv = Inventory.from_pairs([("a", 2), ("a", 3)])
    >>> inv["a"] * 2
    10
    """,
}

if __name__ == "__main__":
    import doctest
    result = doctest.testmod()
    print(result)
    print(result.failed, result.attempted)
    print(doctest.testmod(verbose=False, report=False))
