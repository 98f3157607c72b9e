# if / elif / else picks the first true branch.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
print([classify(n) for n in (-5, 0, 3, 10, 99)])
x = 7
if x > 5:
    print('big')
if x > 100:
    print('huge')
else:
    print('not huge')
if []:
    print('empty list is true')
elif {}:
    print('empty dict is true')
else:
    print('both falsy')
