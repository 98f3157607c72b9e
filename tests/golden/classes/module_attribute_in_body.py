# A class body may name the module the class belongs to, as library classes do.
class Widget:
    __module__ = "toolkit.widgets"

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__}>"


class Plain:
    pass


print(Widget, Widget.__module__)
print(Widget())
print(Plain, Plain.__module__)
print(type(Widget()))
