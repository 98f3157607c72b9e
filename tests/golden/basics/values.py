# The basic values and how print shows them.
print(0, -1, 123456789)
print("text", '', 'single')
print(True, False, None)
print(True + True, True * 10, False - 1)
print(1 == 1.0, 7 == 7)
