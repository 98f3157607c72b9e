"""`unittest.main()` and `python -m unittest`: reads the command line (with argparse's usage,
help and error texts), loads the tests and runs them with the text runner."""

import os
import sys

from unittest import loader, runner
from unittest.signals import installHandler

_OPTIONS_HELP = """\
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""

_MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

_MODULE_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

_DISCOVERY_HELP = """\
options:
  -h, --help            show this help message and exit
  -v, --verbose         Verbose output
  -q, --quiet           Quiet output
  --locals              Show local variables in tracebacks
  -f, --failfast        Stop on first fail or error
  -c, --catch           Catch Ctrl-C and display results so far
  -b, --buffer          Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS   Only run tests which match the given substring
  -s START, --start-directory START
                        Directory to start discovery ('.' default)
  -p PATTERN, --pattern PATTERN
                        Pattern to match tests ('test*.py' default)
  -t TOP, --top-level-directory TOP
                        Top level directory of project (defaults to start
                        directory)

For test discovery all test modules must be importable from the top level
directory of the project.
"""

_COMMON = ['[-h]', '[-v]', '[-q]', '[--locals]', '[-f]', '[-c]', '[-b]',
           '[-k TESTNAMEPATTERNS]']


def _usage(prog, optionals, positionals):
    """The usage line as argparse wraps it for an 80-column terminal."""
    width = 78
    text = ' '.join([prog] + optionals + positionals)
    if len('usage: ') + len(text) <= width:
        return 'usage: %s\n' % text
    indent = ' ' * len('usage: %s ' % prog)

    def lines_of(parts, first=None):
        lines = []
        line = [] if first is None else [first]
        line_len = len(indent) - 1
        if first is not None:
            line_len = len('usage: ') + len(first)
        for part in parts:
            if line_len + 1 + len(part) > width and line:
                lines.append(' '.join(line))
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += len(part) + 1
        if line:
            lines.append(' '.join(line))
        return lines

    lines = lines_of(optionals, prog)
    if positionals:
        lines.extend(lines_of(positionals))
    out = 'usage: ' + lines[0] + '\n'
    for line in lines[1:]:
        out += indent + line + '\n'
    return out


def _convert_name(name):
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


class _UsageError(Exception):
    pass


class TestProgram:
    """Runs a module's tests (or those named on the command line) and exits with the
    outcome."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            import importlib
            self.module = importlib.import_module(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            # Deprecation warnings are shown while tests run, unless -W says otherwise.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _prog(self):
        return self.progName

    def _error(self, message, discovery=False):
        sys.stderr.write(self._usage_text(discovery))
        prog = self._prog() + (' discover' if discovery else '')
        sys.stderr.write('%s: error: %s\n' % (prog, message))
        sys.exit(2)

    def _usage_text(self, discovery):
        if discovery:
            return _usage(self._prog() + ' discover',
                          _COMMON + ['[-s START]', '[-p PATTERN]', '[-t TOP]'], [])
        return _usage(self._prog(), _COMMON, ['[tests ...]'])

    def _print_help(self, discovery):
        out = self._usage_text(discovery) + '\n'
        if discovery:
            out += _DISCOVERY_HELP
        else:
            out += ('positional arguments:\n'
                    '  tests                a list of any number of test modules, '
                    'classes and test\n'
                    '                       methods.\n\n'
                    'options:\n' + _OPTIONS_HELP + '\n')
            examples = _MODULE_EXAMPLES if self.module is None else _MAIN_EXAMPLES
            out += examples % {'prog': self._prog()}
            if self.module is None:
                # `python -m unittest -h` also explains `discover`.
                out += '\n' + self._usage_text(True) + '\n' + _DISCOVERY_HELP
        sys.stdout.write(out)
        sys.exit(0)

    def _parse(self, args, discovery):
        """Reads the options; gives the positional arguments."""
        positional = []
        it = iter(args)
        for a in it:
            if a == '--':
                positional.extend(it)
                break
            if not a.startswith('-') or a == '-':
                positional.append(a)
                continue
            if a.startswith('--'):
                name, eq, value = a.partition('=')
                longs = {'--help': '-h', '--verbose': '-v', '--quiet': '-q', '--locals': None,
                         '--failfast': '-f', '--catch': '-c', '--buffer': '-b'}
                if discovery:
                    longs.update({'--start-directory': '-s', '--pattern': '-p',
                                  '--top-level-directory': '-t'})
                if name not in longs:
                    self._unknown.append(a)
                    continue
                short = longs[name]
                if short is None:
                    self.tb_locals = True
                    continue
                if short in '-s-p-t':
                    if not eq:
                        value = next(it, None)
                        if value is None:
                            self._error('argument %s: expected one argument'
                                        % self._option_name(short), discovery)
                    self._set_discovery(short, value)
                    continue
                self._flag(short, discovery)
                continue
            # Short options, possibly clustered (-vf) or with a value (-kfoo, -k foo).
            i = 1
            while i < len(a):
                c = '-' + a[i]
                i += 1
                if c == '-k' or (discovery and c in ('-s', '-p', '-t')):
                    value = a[i:]
                    if not value:
                        value = next(it, None)
                        if value is None or (value.startswith('-') and value != '-'):
                            self._error('argument %s: expected one argument'
                                        % self._option_name(c), discovery)
                    if c == '-k':
                        if self.testNamePatterns is None:
                            self.testNamePatterns = []
                        self.testNamePatterns.append(_convert_select_pattern(value))
                    else:
                        self._set_discovery(c, value)
                    break
                if c in ('-h', '-v', '-q', '-f', '-c', '-b'):
                    self._flag(c, discovery)
                else:
                    self._unknown.append(a if i == 2 else '-' + a[i - 1:])
                    break
        return positional

    def _option_name(self, short):
        return {'-k': '-k', '-s': '-s/--start-directory', '-p': '-p/--pattern',
                '-t': '-t/--top-level-directory'}[short]

    def _set_discovery(self, short, value):
        self._discovery[{'-s': 'start', '-p': 'pattern', '-t': 'top'}[short]] = value

    def _flag(self, c, discovery):
        if c == '-h':
            self._print_help(discovery)
        elif c == '-v':
            self.verbosity = 2
        elif c == '-q':
            self.verbosity = 0
        elif c == '-f':
            if self.failfast is None:
                self.failfast = True
        elif c == '-c':
            if self.catchbreak is None:
                self.catchbreak = True
        elif c == '-b':
            if self.buffer is None:
                self.buffer = True

    def parseArgs(self, argv):
        self._unknown = []
        self._discovery = {}
        if self.module is None and len(argv) > 1 and argv[1].lower() == 'discover':
            self._do_discovery(argv[2:])
            return
        tests = self._parse(argv[1:], False)
        if self._unknown:
            self._error('unrecognized arguments: %s' % ' '.join(self._unknown))
        if tests:
            self.testNames = [_convert_name(name) for name in tests]
            if __name__ == '__main__':
                self.module = None
        elif self.module is None:
            self._do_discovery([])
            return
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            loader_ = self.testLoader if Loader is None else Loader()
            self.test = loader_.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv:
            positional = self._parse(argv, True)
            if self._unknown:
                self._error('unrecognized arguments: %s' % ' '.join(self._unknown), True)
            names = ['start', 'pattern', 'top']
            if len(positional) > 3:
                self._error('unrecognized arguments: %s' % ' '.join(positional[3:]), True)
            for name, value in zip(names, positional):
                self._discovery[name] = value
            self.start = self._discovery.get('start', self.start)
            self.pattern = self._discovery.get('pattern', self.pattern)
            self.top = self._discovery.get('top', self.top)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
