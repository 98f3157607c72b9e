# dir() of classes deriving from builtin types, and of builtin objects.
class Stack(list):
    """A list with push/peek."""
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.label = "work"
names = dir(s)
for n in ["push", "peek", "append", "pop", "sort", "label", "__dict__", "__len__", "__doc__"]:
    print(n, n in names)
print(names == sorted(names), len(names) == len(set(names)))
print("push" in dir(Stack), "label" in dir(Stack), "append" in dir(Stack))

class Counts(dict):
    def bump(self, k):
        self[k] = self.get(k, 0) + 1

print([n in dir(Counts) for n in ["bump", "get", "items", "setdefault", "__getitem__"]])

class Word(str):
    __slots__ = ()
    def shout(self):
        return self.upper() + "!"

w = Word("hi")
print([n in dir(w) for n in ["shout", "upper", "split", "__dict__"]], w.shout())
print("append" in dir(list), "append" in dir([]), "keys" in dir({}), "join" in dir(""))
print("add" in dir(set()), "bit_length" in dir(5), "is_integer" in dir(2.5))
print("__init__" in dir(object), dir(object) == sorted(dir(object)))
