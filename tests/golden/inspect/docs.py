# getdoc and cleandoc.
import inspect


def documented():
    """Summary line.

        Indented details
    stay relative.
    """


class Base:
    """A base class."""

    def run(self):
        """Run it."""


class Child(Base):
    def run(self):
        pass


print(repr(inspect.getdoc(documented)))
print(repr(inspect.cleandoc("   first\n      second\n    third\n\n")))
print(repr(inspect.cleandoc("\n\n  only\n\n")))
print(inspect.getdoc(Base), "|", inspect.getdoc(Child), "|", inspect.getdoc(Child().run))
print(inspect.getdoc(lambda: 0))
