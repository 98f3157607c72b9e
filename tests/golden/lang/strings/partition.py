# partition and rpartition split around the first or last separator.
print("a=b=c".partition("="), "a=b=c".rpartition("="))
print("abc".partition("="), "abc".rpartition("="))
print("key: value: more".partition(": "), "имя=значение".partition("="))
for f in [lambda: "a".partition(""), lambda: "a".rpartition(1), lambda: "a".partition()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
