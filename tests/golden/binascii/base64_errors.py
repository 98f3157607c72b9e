# The errors a2b_base64 reports for broken input, in lenient and strict mode.
import binascii

cases = [b"abc", b"a", b"abcde", b"ab=", b"ab==", b"=abc", b"ab==cd", b"ab!c", b"abc=", b"a===", b"ab=c="]
for data in cases:
    for strict in (False, True):
        try:
            print(data, strict, binascii.a2b_base64(data, strict_mode=strict))
        except binascii.Error as e:
            print(data, strict, "Error:", e)
try:
    binascii.b2a_base64("text")
except TypeError as e:
    print("TypeError:", e)
try:
    binascii.a2b_base64(3.5)
except TypeError as e:
    print("TypeError:", e)
