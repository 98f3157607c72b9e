class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name

class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        print("Child.__init__", age)
        self.age = age

c = Child("ann", 7)
print(c.name, c.age)
