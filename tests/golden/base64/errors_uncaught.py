# A command-line decoder that exits with the decoding error as its message.
import base64
import binascii
import sys

print(base64.b64decode("aGVsbG8="))
try:
    base64.b64decode("aGVsbG8")
except binascii.Error as e:
    sys.exit(f"cannot decode: {e}")
