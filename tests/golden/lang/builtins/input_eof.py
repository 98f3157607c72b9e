# input() writes its prompt, then reads a line; with nothing on stdin it raises EOFError.
try:
    line = input('name? ')
    print('got', line)
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(issubclass(EOFError, Exception))
try:
    input('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
