# binascii.Error is a ValueError, so generic handlers catch it too.
import binascii

print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, ValueError))

def parse_token(tok):
    try:
        return binascii.a2b_base64(tok, strict_mode=True)
    except ValueError as e:
        return f"invalid token ({e})"

for tok in ["dG9rZW4=", "dG9rZW4", "dG9r ZW4="]:
    print(tok, "->", parse_token(tok))
raise binascii.Error("custom failure")
