class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, type(self).__name__)


class Holder:
    pass


first = C("first")
_private = C("_private")
items = [C("in list")]
table = {"key": C("in dict")}
holder = Holder()
holder.attr = C("in attribute")
a, b = C("cycle a"), C("cycle b")
a.other, b.other = b, a
del a, b
last = C("last")
print("end of script")
