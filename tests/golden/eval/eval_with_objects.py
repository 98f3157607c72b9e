# Expressions over objects passed in the namespace.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def can_withdraw(self, amount):
        return self.balance >= amount


accounts = [Account("ann", 120), Account("bob", 30), Account("cy", 75)]
queries = ["acct.balance > 50", "acct.can_withdraw(100)", "acct.owner.startswith('b')",
           "acct.balance * 1.1 if acct.balance < 100 else acct.balance"]
for q in queries:
    code = compile(q, "<query>", "eval")
    print(q, [eval(code, {}, {"acct": a}) for a in accounts])
