# Words longer than the width: broken, or left whole.
import textwrap

print(textwrap.wrap("x" * 25, 10))
print(textwrap.wrap("short " + "y" * 25 + " end", 10))
print(textwrap.wrap("short " + "y" * 25 + " end", 10, break_long_words=False))
print(textwrap.wrap("xxxx-yyyy-zzzz-wwww", 7))
print(textwrap.wrap("http://example.com/a/very/long/path/that/goes/on", 15))
