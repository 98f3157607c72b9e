print("a")
if True:
