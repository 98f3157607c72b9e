# Formatting a paragraph for a terminal, the most common use.
import textwrap

text = ("The event loop runs asynchronous tasks and callbacks, performs network IO "
        "operations, and runs subprocesses. Application developers should typically use "
        "the high-level asyncio functions, such as asyncio.run(), and should rarely need "
        "to reference the loop object or call its methods.")
print(textwrap.fill(text, width=50))
print()
print(textwrap.fill(text, width=60, initial_indent="  * ", subsequent_indent="    "))
for line in textwrap.wrap(text, 30)[:4]:
    print(f"|{line:<30}|")
