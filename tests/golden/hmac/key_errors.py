# The key must be bytes or bytearray, and a digestmod is required.
import hmac

for key in ["text", memoryview(b"k"), 5, None]:
    try:
        hmac.new(key, b"m", "sha256")
    except TypeError as e:
        print("TypeError:", e)
for kwargs in [{}, {"digestmod": ""}, {"digestmod": None}]:
    try:
        hmac.new(b"k", b"m", **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    hmac.new(b"k", b"m", "nope")
except ValueError as e:
    print("ValueError:", e)
try:
    hmac.new(b"k", "text", "sha256")
except TypeError as e:
    print("TypeError:", e)
print(hmac.new(bytearray(b"k"), b"m", "md5").hexdigest())
print(hmac.new(b"", b"", "md5").hexdigest())
