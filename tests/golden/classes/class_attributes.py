class Counter:
    created = 0
    kind = "counter"

    def __init__(self):
        Counter.created += 1
        self.value = 0

a = Counter()
b = Counter()
print(Counter.created, a.created, b.kind)
a.kind = "mine"
print(a.kind, b.kind, Counter.kind)
