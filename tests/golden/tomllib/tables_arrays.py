# Tables, dotted keys, arrays of tables and inline tables nest as dictionaries and lists.
import tomllib
import json

doc = """
name = "Orange"
physical.color = "orange"
physical.shape = "round"
site."google.com" = true
3.14159 = "pi"
"" = "blank"
'quoted "value"' = 1

[dog."tater.man"]
type.name = "pug"

[a.b.c]
answer = 42

[ j . "ʞ" . 'l' ]
x = 1

[x.y.z.w]
[x]
v = 0

[[fruits]]
name = "apple"

[fruits.physical]
color = "red"

[[fruits.varieties]]
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"

[points]
list = [ { x = 1, y = 2, z = 3 },
         { x = 7, y = 8, z = 9 },
         { x = 2, y = 4, z = 8 } ]
nested = [ [ 1, 2 ], ["a", 'b'], [ [ ], [[]] ] ]
mixed = [ 0.1, "x", 1979-05-27, { a.b = 1 } ]
trailing = [
  1,   # one
  2,   # two
]
empty = {}
"""
data = tomllib.loads(doc)
print(json.dumps(data, indent=2, default=str, ensure_ascii=False))
print(list(data))
