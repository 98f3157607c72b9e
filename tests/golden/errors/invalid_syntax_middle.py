print("a")
x = 1
y = = 2
print("b")
