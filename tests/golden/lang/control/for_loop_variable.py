# The loop variable stays bound after the loop; targets can be anything assignable.
for i in range(3):
    pass
print(i)
for i in []:
    pass
print(i)
d = {}
for d['k'] in [1, 2]:
    pass
print(d)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    print(lst)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print(x)
