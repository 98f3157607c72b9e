class A:
    def hello(self):
        return "A"

class B(A):
    def hello(self):
        return "B>" + super(B, self).hello()

print(B().hello())
