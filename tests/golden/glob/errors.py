import glob

try:
    glob.glob(5)
except TypeError as e:
    print("TypeError:", e)
try:
    glob.glob("*", recursive=True, bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(glob.glob("/definitely/not/here/*"))
print(glob.glob("/definitely/not/here"))
print(sorted(glob.__all__))
