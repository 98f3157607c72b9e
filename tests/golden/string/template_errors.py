from string import Template

cases = ["$", "abc\n  $1", "line one\nline two $ x", "${unclosed", "$$ ok ${ x}"]
for text in cases:
    try:
        print(Template(text).substitute(x=1))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
try:
    Template("$who").substitute()
except KeyError as e:
    print("KeyError:", e)
try:
    Template("$who").substitute({}, {})
except TypeError as e:
    print("TypeError:", e)
print(Template("$x $y").substitute({"x": 1, "y": 2}, y=3))
