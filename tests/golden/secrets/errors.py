# The errors of the secrets functions.
import secrets

for call in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-5), lambda: secrets.choice([]),
             lambda: secrets.choice(""), lambda: secrets.randbits(-1), lambda: secrets.token_bytes(-1),
             lambda: secrets.token_hex(-2), lambda: secrets.token_hex("3")]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
