# Matching bytes with bytes patterns.
import re

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Num: 42\r\n\r\n"
print(re.match(rb"(\w+) (\S+) HTTP/([\d.]+)", data).groups())
headers = dict(re.findall(rb"^([\w-]+): (.*?)\r$", data, re.M))
print(headers)
print(re.sub(rb"\d", b"#", b"a1b22"), re.split(rb",\s*", b"x, y,z"))
print(re.sub(rb"(\w)", rb"\1\1", b"ab"), re.escape(b"a.b"))
print(re.findall(rb"\w", "é".encode() + b"a"), re.findall(rb"(?i)[a-z]", b"aB\xc9"))
print(re.compile(rb"\x00+").search(b"a\x00\x00b"))
try:
    re.search(r"a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search(rb"a", "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub(rb"a", "b", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(rb"\u0041")
except re.error as e:
    print("error:", e)
m = re.search(rb"(?P<n>\d+)", b"ab 123")
print(m, m.group("n"), m.span(), m.groupdict())
