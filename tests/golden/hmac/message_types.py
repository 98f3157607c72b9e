# Messages may be any bytes-like object.
import hmac

key = b"key"
ref = hmac.new(key, b"payload", "md5").hexdigest()
for msg in [b"payload", bytearray(b"payload"), memoryview(b"payload")]:
    print(type(msg).__name__, hmac.new(key, msg, "md5").hexdigest() == ref)
h = hmac.new(key, digestmod="md5")
h.update(memoryview(b"pay"))
h.update(bytearray(b"load"))
print(h.hexdigest() == ref)
for bad in ["payload", 42, None]:
    try:
        hmac.new(key, digestmod="md5").update(bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError:", e)
