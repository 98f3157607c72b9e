# json.loads of bytes in the encodings JSON allows, as a program gets them off the network.
import json

doc = {"name": "Zoë", "tags": ["a", "b"], "n": 3}
text = json.dumps(doc, ensure_ascii=False)
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
            "utf-32-be", "utf-8-sig"]:
    data = text.encode(enc)
    print(enc, json.loads(data) == doc)
print(json.loads(b"1"), json.loads(b"[]"), json.loads(bytearray(b'{"k": null}')))
print(json.loads('"x"'.encode("utf-16-le")))
try:
    json.loads(b'{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.loads(b"\xff\xff\xff")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
