import atexit


class Handler:
    def __init__(self, name):
        self.name = name

    def __call__(self):
        print("handler", self.name)

    def __eq__(self, other):
        return isinstance(other, Handler) and other.name == self.name

    __hash__ = None


atexit.register(Handler("x"))
atexit.register(Handler("y"))
atexit.unregister(Handler("x"))
print("x unregistered by equality")
