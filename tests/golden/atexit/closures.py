import atexit

for i in range(3):
    atexit.register(lambda i=i: print("lambda", i))
atexit.register(print, "print", "with", "args", sep="-")
print("registered")
