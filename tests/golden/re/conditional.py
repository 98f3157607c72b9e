# Conditional patterns (?(id)yes|no).
import re

email = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = email.match(s)
    print(repr(s), m and m.group(2))
print(re.match(r"(?P<paren>\()?\d+(?(paren)\))", "(12)"))
print(re.match(r"(?P<paren>\()?\d+(?(paren)\))$", "12)"))
print(re.findall(r"(a)?(?(1)b|c)", "abcac"))
print(re.match(r"(x)?(?(1)y)z", "z"))
