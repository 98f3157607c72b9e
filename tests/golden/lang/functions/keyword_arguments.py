# Keyword arguments bind by name, in any order.
def describe(name, age, city='nowhere'):
    return f'{name} ({age}) from {city}'
print(describe('ann', 30))
print(describe(age=4, name='bob'))
print(describe('cy', city='Oslo', age=7))
print(describe(*['dan', 50], **{'city': 'Rome'}))
def order(a, b=2, c=3):
    return (a, b, c)
print(order(1, c=30), order(1, 20), order(c=3, b=2, a=1))
