# for/else with break and continue.
for i in range(6):
    if i % 2:
        continue
    print('even', i)
else:
    print('finished without break')
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
find('abc', 'b')
find('abc', 'z')
find('', 'a')
for x in []:
    pass
else:
    print('else of empty for')
