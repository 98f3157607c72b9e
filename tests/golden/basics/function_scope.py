# Assignment inside a function makes a local; the global of the same name is untouched.
x = "global x"


def shadow():
    x = "local x"
    print(x)


def bump():
    global counter
    counter = counter + 1


counter = 0
shadow()
print(x)
bump()
bump()
print(counter)
