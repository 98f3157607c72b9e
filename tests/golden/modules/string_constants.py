import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable))
print(string.capwords("hello   wORLD  again"), string.capwords("a-b-c", "-"))
print("".join(c for c in "Hello, World!" if c not in string.punctuation))
