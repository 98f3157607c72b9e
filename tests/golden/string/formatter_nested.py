from string import Formatter

f = Formatter()
print(f.format("{:{}{}}", "x", ">", 5))
print(f.format("{0:{1}}", 42, "08b"))
print(f.format("{val:{fill}{align}{width}}", val="ok", fill="*", align="^", width=9))
try:
    f.format("{:{:{:{}}}}", 1, 2, 3, 4)
except ValueError as e:
    print("ValueError:", e)
print(list(f.parse("{a:{b}}")))
