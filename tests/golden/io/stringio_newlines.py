# The newline argument of StringIO.
import io

text = "a\nb\r\nc\rd"
for nl in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
for t in ["a", "a\n", "a\r", "a\r\n", "a\rb\n", "a\r\nb\n", "a\rb\nc\r\n"]:
    print(repr(t), io.StringIO(t, newline=None).newlines, io.StringIO(t).newlines)
s = io.StringIO(newline=None)
s.write("x\n")
print(s.newlines)
s.write("y\r\n")
print(s.newlines)
