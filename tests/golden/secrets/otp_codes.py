# Six-digit one-time codes with leading zeros kept.
import secrets

codes = [f"{secrets.randbelow(10**6):06d}" for _ in range(200)]
print(all(len(c) == 6 and c.isdigit() for c in codes))
print(len(codes))
