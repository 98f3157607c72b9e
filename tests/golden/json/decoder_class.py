# JSONDecoder directly: decode, raw_decode with an index, strict, and a subclass.
import json

dec = json.JSONDecoder()
print(dec.decode('  {"a": [1, 2]}  '))
print(dec.raw_decode('[1, 2] trailing text'))
print(dec.raw_decode('xx"é" rest', 2))
print(dec.raw_decode('{"k": null}   '))


def read_stream(text):
    """Several JSON values one after another, as a log of records."""
    pos, out = 0, []
    while pos < len(text):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos == len(text):
            break
        obj, pos = dec.raw_decode(text, pos)
        out.append(obj)
    return out


print(read_stream('{"n": 1} {"n": 2}\n[3]\n"four" 5'))
try:
    dec.raw_decode("[1]", 5)
except json.JSONDecodeError as e:
    print(e)
try:
    dec.raw_decode("   [1]")
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print(e)
print(repr(json.loads('"a\tb\nc"', strict=False)))
print(repr(json.JSONDecoder(strict=False).decode('["\x00"]')))


class Tally(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.count, **kw)
        self.objects = 0

    def count(self, d):
        self.objects += 1
        return d


t = Tally()
print(t.decode('[{}, {"a": {}}]'), t.objects)
print(json.loads('{"a": 1}', cls=Tally))
