class Unhashable:
    __hash__ = None

try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)

class WithHash:
    def __hash__(self):
        return 42
print(hash(WithHash()))
