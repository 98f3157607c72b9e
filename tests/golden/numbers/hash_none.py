import numbers

print(numbers.Number.__hash__, numbers.Integral.__hash__)
print(hash(3) == hash(3.0), hash(numbers.Integral) == hash(numbers.Integral))


class Plain(numbers.Number):
    pass


try:
    hash(Plain())
except TypeError as e:
    print("TypeError:", e)
