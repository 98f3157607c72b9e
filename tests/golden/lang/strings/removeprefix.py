# removeprefix and removesuffix remove one exact affix, if present.
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("name".removeprefix("x"), "name".removesuffix(""), "aaa".removeprefix("a"))
print("Привет".removeprefix("При"), "Привет".removesuffix("вет"))
for f in [lambda: "a".removeprefix(1), lambda: "a".removesuffix(None)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
