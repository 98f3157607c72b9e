class Shape:
    """A shape."""
    sides = 0
    def __init__(self, name):
        self.name = name
        self.tags = []

s = Shape("sq")
print(Shape.__name__, Shape.__qualname__, Shape.__module__, Shape.__doc__)
print(s.__class__, s.__class__.__name__, s.__dict__)
print(Shape.__bases__, type(Shape))

def outer():
    class Inner:
        def method(self):
            pass
    return Inner

I = outer()
print(I.__qualname__, I.method.__qualname__, I)
