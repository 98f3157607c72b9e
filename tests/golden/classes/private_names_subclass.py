# A base and a subclass each keep their own private `__state`: mangling keeps them apart.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.__state = "open"
        self.__history = []

    def deposit(self, amount):
        self.__history.append(amount)
        return self.__state

    def state(self):
        return self.__state

    def history(self):
        return list(self.__history)


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner)
        self.__state = "accruing"
        self.rate = rate

    def own_state(self):
        return self.__state


s = Savings("ann", 0.02)
s.deposit(10)
s.deposit(5)
print(s.state(), s.own_state())
print(sorted(vars(s)))
print(s._Account__state, s._Savings__state, s._Account__history)
print([n for n in dir(s) if "state" in n or "history" in n])
print(hasattr(s, "__state"), getattr(s, "_Account__state"))
s._Account__state = "frozen"
print(s.state(), s.own_state())
print(s.history())
try:
    s.__state
except AttributeError as e:
    print("AttributeError:", e)
