# Changing a class's bases after the fact: the MRO of the class and of its subclasses is
# made again, and lookups see the new methods.
class Logger:
    def log(self, msg):
        return f"[plain] {msg}"

class JsonLogger:
    def log(self, msg):
        return '{"msg": "%s"}' % msg

class Service(Logger):
    def run(self):
        return self.log("running")

class WebService(Service):
    pass

def names(cls):
    return [k.__name__ for k in cls.__mro__]

s = WebService()
print(s.run())
print(names(WebService))
Service.__bases__ = (JsonLogger,)
print(s.run())
print(names(Service), names(WebService))
print(Service.__bases__, Service.__base__)
print(issubclass(WebService, JsonLogger), issubclass(WebService, Logger))
print(isinstance(s, JsonLogger), isinstance(s, Logger))

# Several bases, in a new order.
class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

class C(A, B):
    pass

c = C()
print(c.who(), names(C))
C.__bases__ = (B, A)
print(c.who(), names(C))

# A mixin added to a class that already has instances.
class Base:
    pass

class Widget(Base):
    def __init__(self, name):
        self.name = name

class ReprMixin:
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

w = Widget("button")
Widget.__bases__ = (ReprMixin, Base)
print(repr(w), names(Widget))

# super() follows the new MRO.
class First:
    def hello(self):
        return "first"

class Second:
    def hello(self):
        return "second"

class Child(First):
    def hello(self):
        return "child+" + super().hello()

print(Child().hello())
Child.__bases__ = (Second,)
print(Child().hello())

# Exception classes may move between compatible bases.
class AppError(Exception):
    pass

AppError.__bases__ = (ValueError,)
try:
    raise AppError("bad value")
except ValueError as e:
    print("caught as ValueError:", e, names(AppError))
