# Tabs, newlines and runs of spaces.
import textwrap

t = "\tTabs\tand\nnewlines\r\nand  double  spaces   here"
for w in [10, 20]:
    print(textwrap.wrap(t, w))
    print(textwrap.wrap(t, w, drop_whitespace=False))
    print(textwrap.wrap(t, w, expand_tabs=False))
    print(textwrap.wrap(t, w, replace_whitespace=False))
w = textwrap.TextWrapper(width=15, tabsize=4)
print(w.wrap("a\tb\tc d e f g h i j k"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("   leading and trailing   ", 10))
