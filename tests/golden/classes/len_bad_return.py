class Bad:
    def __len__(self):
        return "3"

class Neg:
    def __len__(self):
        return -1

try:
    len(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Neg())
except ValueError as e:
    print("ValueError:", e)
try:
    len(object())
except TypeError as e:
    print("TypeError:", e)
