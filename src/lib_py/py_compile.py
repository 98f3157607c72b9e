"""`py_compile`: checks that a source file compiles. corun runs source only and writes no
`.pyc` files: a file that compiles raises NotImplementedError where CPython writes one."""

import builtins
import enum
import os
import sys
import traceback

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """A source file that does not compile."""

    def __init__(self, exc_type, exc_value, file, msg=""):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            text = "".join(traceback.format_exception_only(exc_type, exc_value))
            errmsg = text.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None,
            quiet=0):
    """Compile the source file `file`. A syntax error is reported (raised as PyCompileError
    with `doraise`, else written to stderr) and gives None."""
    with open(file, "rb") as f:
        source = f.read()
    try:
        builtins.compile(source, dfile or file, "exec", dont_inherit=True)
    except Exception as err:
        error = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise error
            sys.stderr.write(error.msg + "\n")
        return None
    raise NotImplementedError("py_compile writing .pyc files")


def main():
    import argparse
    parser = argparse.ArgumentParser(description="A simple command-line interface for "
                                     "py_compile module.")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="Suppress error output")
    parser.add_argument("filenames", nargs="+", help="Files to compile")
    args = parser.parse_args()
    if args.filenames == ["-"]:
        filenames = [line.rstrip("\n") for line in sys.stdin.readlines()]
    else:
        filenames = args.filenames
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if args.quiet:
                parser.exit(1)
            else:
                parser.exit(1, error.msg)
        except OSError as error:
            if args.quiet:
                parser.exit(1)
            else:
                parser.exit(1, str(error))


if __name__ == "__main__":
    main()
