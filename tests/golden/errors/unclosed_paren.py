print("start")
print((1, 2)
