# isupper, islower, istitle, isidentifier.
samples = ["ABC", "AbC", "abc", "123", "A1", "a1", "Hello World", "Hello world", "HELLO", "", "A1 B2",
           "Привет Мир", "ǅemal", "_x1", "1x", "переменная", "a-b", "class"]
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
