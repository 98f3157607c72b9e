# A mail builder's address handling: formatting recipients and parsing what users type.
from email.utils import formataddr, getaddresses, parseaddr

recipients = [("Ada Lovelace", "ada@example.com"), ("Doe, John", "john@example.com"),
              ("", "ops@example.com"), ('Say "hi"', "hi@example.com"), ("A.B. Corp", "ab@x.org"),
              ("Zo\u00eb Saldana", "zoe@example.com"), ("\u4e2d\u6587", "cn@example.com"),
              ("Back\\slash", "bs@example.com")]
for pair in recipients:
    print(formataddr(pair))
try:
    formataddr(("Name", "caf\u00e9@example.com"))
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason)

typed = [
    "John Doe <john@x.com>", '"Doe, John" <john@x.com>', "john@x.com (John Doe)", "john@x.com",
    "", "invalid", "<only@x.com>", '"Q \\"x\\"" <q@x>', "Mary Smith <mary@x.example.net>",
    "user@[1.2.3.4]", "first.last@sub.domain.org", " spaced  name  <s@x.org> ",
    "no at sign <nobody>", "John <john@x.com",
]
for text in typed:
    print(repr(text), "->", parseaddr(text))
print(getaddresses(["A <a@x>, b@y", "C <c@z>", "team@example.com (The Team)"]))
to_header = ", ".join(formataddr(p) for p in recipients[:3])
print(to_header)
print(getaddresses([to_header]))
