# A function reads module-level names when it has no local of that name.
greeting = "hello"
count = 3


def show():
    print(greeting, count)


show()
greeting = "bye"
show()
