# break and continue act on the innermost loop only.
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24:
            found = (a, b)
            break
    else:
        continue
    break
print('found', found)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j >= i:
            break
    print('i', i, 'j', j)
    i += 1
