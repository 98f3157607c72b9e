# Programs that import the decoder and encoder where CPython keeps them.
import json
import pickle
from json.decoder import JSONDecodeError, JSONDecoder, scanstring
from json.encoder import JSONEncoder, encode_basestring, encode_basestring_ascii
import json.decoder
import json.encoder


def load_config(text):
    try:
        return json.loads(text)
    except JSONDecodeError as e:
        print(f"bad config: {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
        return None


print(load_config('{"port": 8080, "debug": true}'))
print(load_config('{"port": 8080,\n "debug": tru}'))
print(JSONDecodeError is json.JSONDecodeError, JSONDecoder is json.JSONDecoder,
      JSONEncoder is json.JSONEncoder)
print(JSONDecodeError.__module__, JSONDecoder.__module__, JSONEncoder.__module__)
print(json.decoder.JSONDecodeError.__qualname__, json.encoder.INFINITY, json.decoder.NaN)

# scanstring reads one string literal, starting after its opening quote.
print(scanstring('"hello" rest', 1))
print(scanstring('say "caf\\u00e9\\n" now', 5))
print(scanstring('✨x"', 1))
for bad in ['"abc', '"a\\qb"', '"tab\there"']:
    try:
        scanstring(bad, 1)
    except JSONDecodeError as e:
        print("error:", e)
print(scanstring('"tab\there"', 1, False))

print(encode_basestring('naïve "quote"\n'), encode_basestring_ascii('naïve "quote"\n'))


class LoudDecoder(json.decoder.JSONDecoder):
    def decode(self, s):
        return {k.upper(): v for k, v in super().decode(s).items()}


print(json.loads('{"a": 1, "b": [2]}', cls=LoudDecoder))

err = pickle.loads(pickle.dumps(JSONDecodeError("Expecting value", "[1, ]", 4)))
print(type(err).__module__, err.msg, err.pos, err)

# A report names the class where CPython's module keeps it.
import traceback
try:
    json.loads('{"unterminated": ')
except ValueError as e:
    print(traceback.format_exception_only(type(e), e)[-1], end="")
