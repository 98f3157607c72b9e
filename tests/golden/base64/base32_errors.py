# What Base32 decoding rejects.
import base64
import binascii

for text in ["MZXW6", "MZXW6YT=", "MZXW6YTB=======", "mzxw6ytb", "MZXW6YT1", "M=======", "========"]:
    try:
        print(text, base64.b32decode(text))
    except binascii.Error as e:
        print(text, "Error:", e)
try:
    base64.b32decode("MZXW6YTB", map01=b"LL")
except AssertionError as e:
    print("AssertionError", e)
