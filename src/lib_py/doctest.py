"""Run the interactive examples found in docstrings and text files, and report the ones
whose output differs from what the text shows (CPython's `doctest`, with its reports)."""

import __future__
import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple
from io import StringIO

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
    "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST", "Example", "DocTest",
    "DocTestParser", "DocTestFinder", "DocTestRunner", "OutputChecker", "DocTestFailure",
    "UnexpectedException", "DebugRunner", "testmod", "testfile", "run_docstring_examples",
    "DocTestSuite", "DocFileSuite", "set_unittest_reportflags", "script_from_examples",
    "testsource", "debug_src", "debug",
]

TestResults = namedtuple("TestResults", "failed attempted")

# ---- option flags ----

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Give `name` the next free bit (or its existing one) and return it."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."

_DISPLAYHOOK = getattr(sys, "__displayhook__", getattr(sys, "displayhook", None))

# ---- small helpers ----


def _indent(s, indent=4):
    """`s` with `indent` spaces before every line that is not empty."""
    pad = " " * indent
    return "".join(pad + line if line not in ("", "\n") else line
                   for line in s.splitlines(True))


def _exception_traceback(exc_info):
    out = StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=out)
    return out.getvalue()


def _future_flags(globs):
    flags = 0
    for name in __future__.all_feature_names:
        feature = globs.get(name)
        if feature is not None and feature is getattr(__future__, name):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        return sys.modules[sys._getframe(depth).f_globals["__name__"]]
    raise TypeError("Expected a module, string, or None")


def _module_relative_path(module, path):
    if not inspect.ismodule(module):
        raise TypeError("Expected a module: %r" % module)
    if path.startswith("/"):
        raise ValueError("Module-relative files may not have absolute paths")
    path = os.path.join(*path.split("/"))
    if hasattr(module, "__file__"):
        base = os.path.dirname(module.__file__)
    elif module.__name__ == "__main__":
        base = os.path.dirname(sys.argv[0]) if sys.argv and sys.argv[0] else os.curdir
    else:
        for folder in getattr(module, "__path__", ()):
            candidate = os.path.join(folder, path)
            if os.path.exists(candidate):
                return candidate
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(base, path)


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
    with open(filename, encoding=encoding) as f:
        return f.read(), filename


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, where each `...` of `want` stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    head, tail = pieces[0], pieces[-1]
    if not got.startswith(head) or not got.endswith(tail):
        return False
    lo, hi = len(head), len(got) - len(tail)
    if lo > hi:
        return False
    for piece in pieces[1:-1]:
        at = got.find(piece, lo, hi)
        if at < 0:
            return False
        lo = at + len(piece)
    return True


def _strip_exception_details(msg):
    """The bare class name of an exception line: `pkg.Error: text` gives `Error`."""
    first = msg.split("\n", 1)[0]
    first = first.split(":", 1)[0]
    return first.rsplit(".", 1)[-1]


def _comment_line(line):
    line = line.rstrip()
    return "# " + line if line else "#"


def _unwrap(obj):
    seen = set()
    while hasattr(obj, "__wrapped__"):
        if id(obj) in seen:
            break
        seen.add(id(obj))
        obj = obj.__wrapped__
    return obj


class _SpoofOut(StringIO):
    """What examples print; a missing last newline is added, as output is compared by lines."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith("\n"):
            text += "\n"
        return text

    def truncate(self, size=None):
        self.seek(size or 0)
        StringIO.truncate(self)


# ---- examples and tests ----


class Example:
    """One statement of a docstring with the output it should print."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)
                == (other.source, other.want, other.lineno, other.indent, other.options,
                    other.exc_msg))

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, run in one namespace."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        if isinstance(examples, str):
            raise AssertionError("DocTest no longer accepts str; use DocTestParser instead")
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        count = "no examples" if n == 0 else "1 example" if n == 1 else "%d examples" % n
        return "<%s %s from %s:%s (%s)>" % (type(self).__name__, self.name, self.filename,
                                            self.lineno, count)

    def _key(self):
        return (self.examples, self.docstring, self.globs, self.name, self.filename,
                self.lineno)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        mine = -1 if self.lineno is None else self.lineno
        theirs = -1 if other.lineno is None else other.lineno
        return ((self.name, self.filename, mine, id(self))
                < (other.name, other.filename, theirs, id(other)))


# ---- the parser ----

_PS1 = re.compile(r"( *)>>>")
_PS2 = re.compile(r" *\.\.\.")
_EXC_HEADER = re.compile(r"Traceback \((?:most recent call last|innermost last)\):\s*$")
_EXC_MSG = re.compile(r"\w")
_OPTION_DIRECTIVE = re.compile(r"#\s*doctest:\s*([^\n'\"]*)$", re.MULTILINE)
_BLANK_OR_COMMENT = re.compile(r"^[ ]*(#.*)?$")


class DocTestParser:
    """Splits a string into examples (prompt lines and the output after them) and text."""

    def parse(self, string, name="<string>"):
        string = string.expandtabs()
        lines = string.split("\n")
        indents = [len(l) - len(l.lstrip(" ")) for l in lines if l.strip()]
        min_indent = min(indents) if indents else 0
        if min_indent:
            lines = [l[min_indent:] for l in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            m = _PS1.match(lines[i])
            if not m:
                text.append(lines[i])
                i += 1
                continue
            output.append("\n".join(text) + ("\n" if text else ""))
            text = []
            start = i
            indent = len(m.group(1))
            source_lines = [lines[i]]
            i += 1
            while i < len(lines) and _PS2.match(lines[i]):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while (i < len(lines) and lines[i].strip(" ")
                   and not _PS1.match(lines[i])):
                want_lines.append(lines[i])
                i += 1
            example = self._make_example(source_lines, want_lines, indent, min_indent,
                                         name, start)
            if example is not None:
                output.append(example)
        output.append("\n".join(text))
        return output

    def _make_example(self, source_lines, want_lines, indent, min_indent, name, lineno):
        for k, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + k + 1, name, line[indent:indent + 3], line))
        self._check_prefix(source_lines[1:], " " * indent + ".", name, lineno)
        source = "\n".join(l[indent + 4:] for l in source_lines)
        self._check_prefix(want_lines, " " * indent, name, lineno + len(source_lines))
        want = "\n".join(l[indent:] for l in want_lines)
        if want_lines:
            want += "\n"
        exc_msg = self._exception_message(want)
        options = self._find_options(source, name, lineno)
        if _BLANK_OR_COMMENT.match(source):
            return None
        return Example(source, want, exc_msg, lineno=lineno, indent=min_indent + indent,
                       options=options)

    @staticmethod
    def _exception_message(want):
        lines = want.split("\n")
        if not lines or not _EXC_HEADER.match(lines[0]):
            return None
        for k in range(1, len(lines)):
            if _EXC_MSG.match(lines[k]):
                return "\n".join(lines[k:])
        return None

    def _check_prefix(self, lines, prefix, name, lineno):
        for k, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has inconsistent leading "
                                 "whitespace: %r" % (lineno + k + 1, name, line))

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _OPTION_DIRECTIVE.finditer(source):
            for option in m.group(1).replace(",", " ").split():
                if option[0] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
        if options and _BLANK_OR_COMMENT.match(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a "
                             "line with no example: %r" % (lineno, name, source))
        return options

    def get_examples(self, string, name="<string>"):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)


# ---- the finder ----


class DocTestFinder:
    """Collects the DocTests of an object and of what it defines (functions, classes,
    methods, properties, a module's `__test__`)."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = None
        if module is not None:
            path = getattr(module, "__file__", None)
            if path:
                source_lines = linecache.getlines(path) or None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, set())
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        found = inspect.getmodule(obj)
        if found is not None:
            return module is found
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.isclass(obj) or hasattr(obj, "__module__"):
            return module.__name__ == getattr(obj, "__module__", None)
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        return inspect.isroutine(_unwrap(obj))

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print("Finding tests in %s" % name)
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for key, value in list(obj.__dict__.items()):
                if ((self._is_routine(value) or inspect.isclass(value))
                        and self._from_module(module, value)):
                    self._find(tests, value, "%s.%s" % (name, key), module, source_lines,
                               globs, seen)
            for key, value in getattr(obj, "__test__", {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r"
                                     % (type(value),))
                self._find(tests, value, "%s.__test__.%s" % (name, key), module,
                           source_lines, globs, seen)
        if inspect.isclass(obj):
            for key, value in list(obj.__dict__.items()):
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if ((inspect.isroutine(value) or inspect.isclass(value)
                     or isinstance(value, property)) and self._from_module(module, value)):
                    self._find(tests, value, "%s.%s" % (name, key), module, source_lines,
                               globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                docstring = "" if docstring is None else str(docstring)
            except (TypeError, AttributeError):
                docstring = ""
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, "__file__", None) or module.__name__
            if filename.endswith(".pyc"):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        has_doc = getattr(obj, "__doc__", None) is not None
        if inspect.ismodule(obj) and has_doc:
            lineno = 0
        if inspect.isclass(obj) and has_doc:
            if source_lines is None:
                return None
            pattern = re.compile(r"^\s*class\s*%s\b" % re.escape(getattr(obj, "__name__", "-")))
            for i, line in enumerate(source_lines):
                if pattern.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, "__doc__", None):
            lineno = obj.__code__.co_firstlineno - 1
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        quote = re.compile(r"(^|.*:)\s*\w*(\"|')")
        for i in range(lineno, len(source_lines)):
            if quote.match(source_lines[i]):
                return i
        return None


# ---- the runner ----


class DocTestRunner:
    """Runs DocTests, reports the examples that fail, and keeps the counts per test."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n"
                    + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n"
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        parts = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = "?"
            parts.append('File "%s", line %s, in %s' % (test.filename, where, test.name))
        else:
            parts.append("Line %s, in %s" % (example.lineno + 1, test.name))
        parts.append("Failed example:")
        parts.append(_indent(example.source))
        return "\n".join(parts)

    def _exception_text(self, exc_type, exc):
        lines = traceback.format_exception_only(exc_type, exc)
        if issubclass(exc_type, SyntaxError):
            prefixes = ("%s:" % exc_type.__qualname__,
                        "%s.%s:" % (exc_type.__module__, exc_type.__qualname__))
            for k, line in enumerate(lines):
                if line.startswith(prefixes):
                    lines = lines[k:]
                    break
        return "".join(lines)

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        base_flags = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            quiet = bool(base_flags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            flags = base_flags
            for flag, on in example.options.items():
                flags = flags | flag if on else flags & ~flag
            self.optionflags = flags
            if flags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = "<doctest %s[%d]>" % (test.name, number)
            try:
                exec(compile(example.source, filename, "single", compileflags, True),
                     test.globs)
                exc_info = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            if exc_info is None:
                outcome = "ok" if check(example.want, got, flags) else "failed"
            else:
                exc_msg = self._exception_text(exc_info[0], exc_info[1])
                if not quiet:
                    got += _exception_traceback(exc_info)
                if example.exc_msg is None:
                    outcome = "boom"
                elif check(example.exc_msg, exc_msg, flags):
                    outcome = "ok"
                elif (flags & IGNORE_EXCEPTION_DETAIL
                      and check(_strip_exception_details(example.exc_msg),
                                _strip_exception_details(exc_msg), flags)):
                    outcome = "ok"
                else:
                    outcome = "failed"
            if outcome == "ok":
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                failures += 1
                if not quiet:
                    if outcome == "failed":
                        self.report_failure(out, test, example, got)
                    else:
                        self.report_unexpected_exception(out, test, example, exc_info)
            exc_info = None
            if failures and flags & FAIL_FAST:
                break
        self.optionflags = base_flags
        f, t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + failures, t + tries)
        self.failures += failures
        self.tries += tries
        return TestResults(failures, tries)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if compileflags is None:
            compileflags = _future_flags(test.globs)
        saved_stdout = sys.stdout
        if out is None:
            out = saved_stdout.write
        saved_hook = getattr(sys, "displayhook", None)
        sys.stdout = self._fakeout
        if _DISPLAYHOOK is not None:
            sys.displayhook = _DISPLAYHOOK
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = saved_stdout
            if saved_hook is not None:
                sys.displayhook = saved_hook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                empty.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, t in sorted(passed):
                    print(" %3d tests in %s" % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, (f, t) in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            f0, t0 = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (f + f0, t + t0)


class OutputChecker:
    """Compares what an example printed with what its docstring shows."""

    def _toAscii(self, s):
        return str(s.encode("ASCII", "backslashreplace"), "ASCII")

    def check_output(self, want, got, optionflags):
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r"(?m)^%s\s*?$" % re.escape(BLANKLINE_MARKER), "", want)
            got = re.sub(r"(?m)^[^\S\n]+$", "", got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS and _ellipsis_match(want, got):
            return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count("\n") > 2 and got.count("\n") > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r"(?m)^[ ]*(?=\n)", BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(True)
            got_lines = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = "unified diff with -expected +actual"
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = "context diff with expected followed by actual"
            else:
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(differ.compare(want_lines, got_lines))
                kind = "ndiff with -expected +actual"
            return "Differences (%s):\n" % kind + _indent("".join(diff))
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"


class DocTestFailure(Exception):
    """An example printed something else (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it did not show (raised by DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failing example instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def _record(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Run the examples of module `m` (`__main__` by default); return (failed, attempted)."""
    if m is None:
        m = sys.modules.get("__main__")
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    kind = DebugRunner if raise_on_error else DocTestRunner
    runner = kind(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _record(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Run the examples of a text file; return (failed, attempted)."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative, encoding or "utf-8")
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if "__name__" not in globs:
        globs["__name__"] = "__main__"
    kind = DebugRunner if raise_on_error else DocTestRunner
    runner = kind(verbose=verbose, optionflags=optionflags)
    runner.run(parser.get_doctest(text, globs, name, filename, 0))
    if report:
        runner.summarize()
    _record(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Run the examples of `f`'s docstring alone, in `globs`."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---- unittest support ----

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when they are given none; return the old."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """One DocTest as a unittest test case: it fails with doctest's report."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_globs = test.globs.copy()
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        saved = sys.stdout
        report = StringIO()
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failures, tries = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = "unknown line number" if test.lineno is None else "%s" % test.lineno
        short = test.name.split(".")[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, short, err))

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp
                and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))

    def __repr__(self):
        parts = self._dt_test.name.split(".")
        return "%s (%s)" % (parts[-1], ".".join(parts[:-1]))

    def __str__(self):
        return object.__str__(self)

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class _DocTestSuite(unittest.TestSuite):

    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one test case per docstring of `module` that has examples."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    tests.sort()
    suite = _DocTestSuite()
    for test in tests:
        if not test.examples:
            continue
        if not test.filename:
            filename = module.__file__
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):

    def id(self):
        return "_".join(self._dt_test.name.split("."))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, path = _load_testfile(path, package, module_relative, encoding or "utf-8")
    if "__file__" not in globs:
        globs["__file__"] = path
    test = parser.get_doctest(text, globs, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one test case per text file of examples."""
    suite = _DocTestSuite()
    if kw.get("module_relative", True):
        kw["package"] = _normalize_module(kw.get("package"))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---- examples as scripts ----


def script_from_examples(s):
    """The examples of `s` as a script: the text and the expected output become comments."""
    out = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            out.append(piece.source[:-1])
            want = piece.want
            if want:
                out.append("# Expected:")
                out += ["## " + line for line in want.split("\n")[:-1]]
        else:
            out += [_comment_line(line) for line in piece.split("\n")[:-1]]
    while out and out[-1] == "#":
        out.pop()
    while out and out[0] == "#":
        out.pop(0)
    return "\n".join(out) + "\n"


def testsource(module, name):
    """The script of the examples of the docstring of `name` in `module`."""
    module = _normalize_module(module)
    tests = [t for t in DocTestFinder().find(module) if t.name == name]
    if not tests:
        raise ValueError(name, "not found in tests")
    return script_from_examples(tests[0].docstring)


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError("doctest.debug_src (corun has no pdb)")


def debug(module, name, pm=False):
    raise NotImplementedError("doctest.debug (corun has no pdb)")


def debug_script(src, pm=False, globs=None):
    raise NotImplementedError("doctest.debug_script (corun has no pdb)")


def _test():
    import argparse
    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument("-v", "--verbose", action="store_true", default=False,
                        help="print very verbose output for all tests")
    parser.add_argument("-o", "--option", action="append", choices=OPTIONFLAGS_BY_NAME.keys(),
                        default=[], help="specify a doctest option flag to apply to the test "
                        "run; may be specified more than once to apply multiple options")
    parser.add_argument("-f", "--fail-fast", action="store_true",
                        help="stop running tests after first failure (this is a shorthand "
                        "for -o FAIL_FAST, and is in addition to any other -o options)")
    parser.add_argument("file", nargs="+", help="file containing the tests to run")
    args = parser.parse_args()
    flags = 0
    for option in args.option:
        flags |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        flags |= FAIL_FAST
    for filename in args.file:
        if filename.endswith(".py"):
            folder, base = os.path.split(filename)
            sys.path.insert(0, folder)
            module = __import__(base[:-3])
            del sys.path[0]
            failures, _ = testmod(module, verbose=args.verbose, optionflags=flags)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=args.verbose,
                                   optionflags=flags)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
