# replace() with and without a count; an empty pattern matches between characters.
print("hello".replace("l", "L"))
print("hello".replace("l", "L", 1))
print("hello".replace("l", "L", 0), "hello".replace("l", "L", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2))
print("aaaa".replace("aa", "b"), "abc".replace("x", "y"))
print("мама мыла раму".replace("ма", "МА"))
for f in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2),
          lambda: "a".replace("a"), lambda: "a".replace("a", "b", "c"),
          lambda: "a".replace("a", "b", count=1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
