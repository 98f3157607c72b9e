# Date headers and message ids for outgoing mail.
import datetime
import re
from email.utils import format_datetime, formatdate, make_msgid

print(formatdate(0))
print(formatdate(1700000000, usegmt=True))
print(formatdate(1700000000.75))
print(formatdate(951782400))
stamp = formatdate()
print(bool(re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d -0000", stamp)))
utc = datetime.datetime(2024, 2, 29, 23, 5, 9, tzinfo=datetime.timezone.utc)
print(format_datetime(utc), format_datetime(utc, usegmt=True))
east = datetime.datetime(2024, 7, 4, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30)))
print(format_datetime(east))
print(format_datetime(datetime.datetime(1999, 12, 31, 23, 59, 59)))
try:
    format_datetime(east, usegmt=True)
except ValueError as e:
    print("ValueError:", e)
msgid = make_msgid(domain="mail.example.com")
print(bool(re.fullmatch(r"<\d+\.\d+\.\d+@mail\.example\.com>", msgid)))
tagged = make_msgid("newsletter", domain="example.org")
print(bool(re.fullmatch(r"<\d+\.\d+\.\d+\.newsletter@example\.org>", tagged)),
      make_msgid(domain="x") != make_msgid(domain="x"))
