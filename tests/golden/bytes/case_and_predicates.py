# ASCII case mapping and character classes of bytes.
words = [b"hello world", b"HELLO", b"Hello World", b"hello1", b"123", b"", b" \t\n", b"caf\xe9", b"aBc dEf"]
for w in words:
    print(w, w.upper(), w.lower(), w.swapcase(), w.title(), w.capitalize())
    print(" ", w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(), w.isupper(), w.islower(),
          w.istitle(), w.isascii())
print(b"they're bill's friends".title(), bytearray(b"mixed Case").swapcase())
