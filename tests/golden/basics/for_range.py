# for over range with one, two and three arguments, including a negative step.
for i in range(3):
    print("a", i)
for i in range(2, 5):
    print("b", i)
for i in range(10, 0, -3):
    print("c", i)
for i in range(0):
    print("never")
print("last i", i)
