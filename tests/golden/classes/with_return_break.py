class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, *a):
        print("exit", self.tag)

def f():
    with CM("f"):
        return "returned"

print(f())
for i in range(3):
    with CM(i):
        if i == 1:
            break
        continue
print("done")
