from dataclasses import dataclass

@dataclass
class Base:
    id: int
    name: str = "?"

@dataclass
class Child(Base):
    extra: bool = False

c = Child(1, "c", True)
print(c, Child(2))
print(isinstance(c, Base), c == Child(1, "c", True))
