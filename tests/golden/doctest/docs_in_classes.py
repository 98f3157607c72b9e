"""
A bank account, tested with doctest through a class, its methods and properties.
"""
import doctest


class Account:
    """An account with a balance.

    >>> acct = Account("ann", 100)
    >>> acct
    Account('ann', 100)
    >>> acct.deposit(50).balance
    150
    """

    interest = 0.01

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

    @property
    def balance(self):
        """The current balance.

        >>> Account("x", 5).balance
        5
        """
        return self._balance

    def deposit(self, amount):
        """Add money.

        >>> Account("x").deposit(-1)
        Traceback (most recent call last):
            ...
        ValueError: deposit must be positive
        """
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        return self

    @classmethod
    def joint(cls, *owners):
        """
        >>> Account.joint("a", "b").owner
        'a & b'
        """
        return cls(" & ".join(owners))

    @staticmethod
    def fee(amount):
        """
        >>> Account.fee(1000)
        2.5
        >>> Account.fee(10)   # the minimum
        1
        """
        return max(1, amount * 0.0025)

    class Statement:
        """
        >>> Account.Statement().lines
        []
        """

        def __init__(self):
            self.lines = []


def report(accounts):
    """
    >>> report([Account("a", 1), Account("b", 2)])
    a: 1
    b: 2
    >>> report([])
    """
    for a in accounts:
        print(f"{a.owner}: {a.balance}")


if __name__ == "__main__":
    print(doctest.testmod(verbose=True))
