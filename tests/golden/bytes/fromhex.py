# Parsing hex strings back into bytes.
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytes.fromhex(""))
print(bytearray.fromhex("00 ff 7f"), bytes.fromhex("  0a0B0c  "))
key = bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c")
print(len(key), key[:4], key.hex() == "2b7e151628aed2a6abf7158809cf4f3c")
for s in ["zz", "a", "0 1", "0g", "abc"]:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print("TypeError:", e)
