# &, | and ^ of two bools give a bool.
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False)
print(type(True & False).__name__, True & 3, True | 2)
