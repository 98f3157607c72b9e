# String concatenation and repetition.
s = "con" + "cat"
print(s)
print("ab" * 3, 3 * "xy", "z" * 0, "w" * -2, "|")
print("-" * 20)
name = "Мир"
print("Привет, " + name + "!")
