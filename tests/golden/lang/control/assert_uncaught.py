# An uncaught assertion ends the program with a traceback.
print('before')
x = 3
assert x > 5, f'x too small: {x}'
print('after')
