class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k

double = Multiplier(2)
print(double(21), callable(double), callable(Multiplier), callable(5))
print(list(map(double, [1, 2, 3])))
try:
    object()()
except TypeError as e:
    print("TypeError:", e)
