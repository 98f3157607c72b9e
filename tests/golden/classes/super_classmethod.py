class Base:
    @classmethod
    def create(cls):
        return f"{cls.__name__} via Base"

class Child(Base):
    @classmethod
    def create(cls):
        return "Child: " + super().create()

print(Child.create(), Base.create())
