class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

print(len(Box([1, 2])), bool(Box([])), bool(Box([0])))
print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(False) else "no")
print(not Box([]), bool(object()))
