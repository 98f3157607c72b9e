# Instances of plain classes are copied by their __dict__, without calling __init__.
import copy


class Account:
    created = 0

    def __init__(self, owner, history):
        Account.created += 1
        self.owner = owner
        self.history = history

    def __repr__(self):
        return f"Account({self.owner!r}, {self.history!r})"


a = Account("ann", [10, -5])
b = copy.copy(a)
c = copy.deepcopy(a)
a.history.append(7)
print(a, b, c)
print(Account.created, type(b) is Account, b.history is a.history, c.history is a.history)
b.owner = "bob"
print(a.owner, b.owner)


class Empty:
    pass


e = copy.deepcopy(Empty())
print(type(e).__name__, vars(e))
