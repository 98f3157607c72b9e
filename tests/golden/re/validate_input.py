# Validating user input with fullmatch.
import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"\+?\d{1,3}[ -]?\(?\d{3}\)?[ -]?\d{3}-?\d{4}")
HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
DATE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")

samples = [
    ("email", "alice@example.com"), ("email", "bob.smith+tag@mail.co.uk"),
    ("email", "not-an-email"), ("email", "x@y"),
    ("phone", "+1 (555) 123-4567"), ("phone", "555 123 4567"), ("phone", "12-34"),
    ("hex", "#fff"), ("hex", "#A0B1C2"), ("hex", "#abcd"),
    ("date", "2024-02-29"), ("date", "2024-13-01"), ("date", "1999-12-31x"),
]
checks = {"email": EMAIL, "phone": PHONE, "hex": HEX, "date": DATE}
for kind, text in samples:
    m = checks[kind].fullmatch(text)
    print(f"{kind:6} {text!r:28} {'ok' if m else 'invalid'}", m.groups() if m else "")
print(bool(DATE.match("2024-01-15 and more")), DATE.fullmatch("2024-01-15 and more"))
