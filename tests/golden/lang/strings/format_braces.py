# Doubled braces are literal braces.
print("{{}}".format())
print("{{{}}}".format(5))
print("a}}b{{c".format())
print("{{0}} is {0}".format("zero"))
print(f"{{literal}} {1 + 1}")
