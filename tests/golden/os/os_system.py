# os.system runs a shell command and returns its wait status.
import os

print(os.system("exit 0"))
print(os.system("exit 3") >> 8)
print(os.system("true && exit 7") // 256)
print(os.system(b"exit 1"))
try:
    os.system(5)
except TypeError as e:
    print("TypeError:", e)
