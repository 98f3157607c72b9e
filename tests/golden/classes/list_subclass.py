class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), 2 in s, s == [1, 2, 3], [x * 10 for x in s])
print(s.pop(), s, isinstance(s, list), sorted(s, reverse=True))
