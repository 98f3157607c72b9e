import string

print(string.capwords("the quick  brown\tfox"))
print(string.capwords("  leading and trailing  "))
print(string.capwords("x,y,z", ","), repr(string.capwords("")))
print(set(string.hexdigits) - set(string.digits) == set("abcdefABCDEF"))
print(len(string.printable), len(string.punctuation), len(string.ascii_letters))
try:
    string.capwords(5)
except AttributeError as e:
    print("AttributeError:", e)
