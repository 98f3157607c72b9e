match 1:
print("hi")
