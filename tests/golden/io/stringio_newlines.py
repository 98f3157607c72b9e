# The newline argument of StringIO.
import io

text = "a\nb\r\nc\rd"
for nl in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
