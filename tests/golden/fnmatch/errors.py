import fnmatch

for args in [(1, "*"), ("a", None), (["a"], "*")]:
    try:
        fnmatch.fnmatch(*args)
    except TypeError as e:
        print("fnmatch TypeError:", e)
try:
    fnmatch.fnmatchcase("a", 3)
except TypeError as e:
    print("fnmatchcase TypeError:", e)
try:
    fnmatch.filter(["a", 1], "*")
except TypeError as e:
    print("filter TypeError:", e)
try:
    fnmatch.translate(5)
except TypeError as e:
    print("translate TypeError:", e)
