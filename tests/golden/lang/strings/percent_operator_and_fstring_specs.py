print("%s has %d items (%.1f%%)" % ("cart", 3, 42.25))
print("%-5s|%5s|" % ("a", "b"))
x = "é"
print(f"{x!a} {x!r} {3.14159:.2f} {1234567:,} {255:#x} {'hi':>6}")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
