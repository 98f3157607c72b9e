# Generating passwords that meet a policy, as the secrets docs recommend.
import secrets
import string

alphabet = string.ascii_letters + string.digits
for _ in range(5):
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(12))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw)
                and sum(c.isdigit() for c in pw) >= 3):
            break
    print(len(pw), all(c in alphabet for c in pw), sum(c.isdigit() for c in pw) >= 3)
