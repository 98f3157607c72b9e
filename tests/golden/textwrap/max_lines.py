# max_lines and placeholder, and shorten.
import textwrap

text = "The quick brown fox jumps over the lazy dog. " * 4
for n in [1, 2, 3]:
    print(n, textwrap.wrap(text, 30, max_lines=n))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" (more)"))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 40), "|", textwrap.shorten("  a  b  ", 10))
for bad in [lambda: textwrap.wrap("x", 0), lambda: textwrap.shorten("hello world", 5),
            lambda: textwrap.wrap("abc", 5, max_lines=1, placeholder="......")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
