# a file that is not UTF-8
print("café")
