import string

print(string.capwords("hello   big\tworld"), string.capwords("a-b-c", "-"))
print(string.capwords("ÉCOLE normale"), string.capwords(""))
print(len(string.printable), string.whitespace == " \t\n\r\x0b\x0c")
print(sorted(n for n in string.__all__))
print(all(c in string.printable for c in string.punctuation))
