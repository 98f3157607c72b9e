# Templating with re.sub and a function.
import re

template = "Hello {name}, you owe {amount} to {creditor}. {missing} stays."
values = {"name": "Ana", "amount": "12.50 EUR", "creditor": "the library"}

def fill(m):
    key = m.group(1)
    return values.get(key, m.group(0))

print(re.sub(r"\{(\w+)\}", fill, template))
print(re.subn(r"\{(\w+)\}", fill, template))

def shout(m):
    return m.group().upper() + "!"

print(re.sub(r"\b(hi|hey)\b", shout, "hi there, hey you, high"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) ** 2), "1 2 3 10"))
print(re.sub(r"(?P<w>\w+)", lambda m: m["w"][::-1], "abc def", count=1))
calls = []
def record(m):
    calls.append((m.start(), m.group()))
    return ""
print(repr(re.sub(r"x*", record, "axxb")), calls)
