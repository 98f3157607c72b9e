# A TextWrapper reused, with its attributes changed between calls.
import textwrap

w = textwrap.TextWrapper(width=25, initial_indent="- ", subsequent_indent="  ")
items = ["Install the package with the package manager of your system.",
         "Run the tests.", "Read the documentation before asking questions on the list."]
for item in items:
    print(w.fill(item))
w.width = 40
w.initial_indent = "* "
print(w.fill(items[2]))
print(w.width, w.break_long_words, w.max_lines, repr(w.placeholder))
