print("start")
print("hello)
print("end")
