# splitlines() on every line boundary Python knows, with and without keepends.
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print("one\ntwo\r\n\nthree\n".splitlines())
print("one\ntwo\r\n\nthree\n".splitlines(True))
print("x\r\ny".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines())
try:
    print("a".splitlines("yes"))
except TypeError as e:
    print("TypeError:", e)
