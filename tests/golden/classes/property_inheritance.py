class Shape:
    @property
    def name(self):
        return type(self).__name__.lower()
    def describe(self):
        return f"{self.name} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

print(Square(3).describe())
