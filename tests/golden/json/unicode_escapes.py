# \u escapes in documents, surrogate pairs, and text that is not ASCII.
import json

print(json.loads('"\\u0041\\u00e9\\u4e2d"'))
print(json.loads('"\\ud83d\\ude00 and \\ud834\\udd1e"'))
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"') == '"\\/\b\f\n\r\t')
print(json.loads('{"имя": "Анна", "город": "Москва"}'))
print(json.loads('["日本", "語"]'))
doc = '{"ключ": [1, 2,, 3]}'
try:
    json.loads(doc)
except json.JSONDecodeError as e:
    print(e)
print(json.dumps("😀"), json.dumps("😀", ensure_ascii=False))
print(json.loads(json.dumps("mixed é 😀 \u2028 end")))
