x = "global"

class C:
    x = "class"
    y = x + "!"
    items = [i * 2 for i in range(3)]
    def get_x(self):
        return x

print(C.y, C.items, C().get_x())
