# Changing an object's class is not supported: corun says so instead of keeping `__class__`
# as an ordinary attribute (CPython switches the object to the new class).
class Draft:
    def state(self):
        return "draft"


class Published:
    def state(self):
        return "published"


doc = Draft()
print(doc.state())
try:
    object.__setattr__(doc, "__class__", Published)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(type(doc).__name__, doc.state())
doc.__class__ = Published
print(doc.state())
