# dedent for triple-quoted strings, indent for quoting.
import textwrap


def usage():
    return textwrap.dedent("""\
        Usage: tool [options]

          -h   help
          -v   verbose
        """)


print(usage(), end="")
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  x\n  y")))
print(repr(textwrap.dedent("no indent\n  x")), repr(textwrap.dedent("\t\ta\n\t\tb")))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\n", "- ")))
