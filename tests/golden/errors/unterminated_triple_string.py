x = 1
doc = """never
closed

print(x)
