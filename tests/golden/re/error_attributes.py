# An error's attributes, including line and column in a multi-line pattern.
import re

try:
    re.compile("abc\ndef)\n")
except re.error as e:
    print(e)
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
    print(isinstance(e, Exception), type(e).__name__, type(e).__module__)

try:
    re.compile(b"(ab")
except re.error as e:
    print(e, e.pattern, e.lineno, e.colno)

try:
    re.compile("(?x)\n  a  \n  (b  # open\n")
except re.error as e:
    print(e)

e = re.error("custom")
print(e, e.msg, e.pos, e.pattern, e.lineno)
print(re.error is re.error, issubclass(re.error, Exception))
try:
    re.compile("a)")
except re.error as e:
    print(repr(e))
