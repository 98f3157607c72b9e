"""`unittest.TestResult`: what a run collected (failures, errors, skips, …), with the
tracebacks written as the text runner prints them."""

import io
import sys
import traceback
from unittest.case import _UNITTEST_FILES

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    return inner


def _shows_output(method):
    """Marks an outcome after which the output a buffered test printed is shown."""
    def inner(self, *args, **kw):
        self._mirrorOutput = True
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    return inner


class TestResult:
    """Holds the outcome of the tests run: lists of (test, formatted traceback) pairs for
    failures and errors, (test, reason) pairs for skips."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        """With `buffer` (`-b`), what the test prints goes to buffers instead."""
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def _restoreStdout(self):
        """Puts the streams back; a test that failed or erred has its output written out."""
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def stopTestRun(self):
        pass

    @_shows_output
    def addError(self, test, err):
        if self.failfast:
            self.stop()
        self.errors.append((test, self._exc_info_to_string(err, test)))

    @_shows_output
    def addFailure(self, test, err):
        if self.failfast:
            self.stop()
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.failfast:
                self.stop()
            self._mirrorOutput = True
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        if self.failfast:
            self.stop()
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback of a failure or error, without the frames of unittest itself."""
        exctype, value, tb = err
        tb, limit = _clean_tb(tb, exctype is test.failureException)
        if value is not None:
            _clean_chain(value, set())
        lines = traceback.format_exception(exctype, value, tb, limit=limit)
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                lines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                lines.append(STDERR_LINE % error)
        return ''.join(lines)

    def __repr__(self):
        return ("<%s.%s run=%i errors=%i failures=%i>" %
                (self.__class__.__module__, self.__class__.__qualname__, self.testsRun,
                 len(self.errors), len(self.failures)))


def _is_unittest(tb):
    return tb.tb_frame.f_code.co_filename.startswith(_UNITTEST_FILES)


def _clean_tb(tb, is_failure):
    """Skips unittest's own frames before the test's; for a failure, also those of the
    assertion that failed (after the test's). Gives the first frame and how many to show."""
    while tb is not None and _is_unittest(tb):
        tb = tb.tb_next
    if not is_failure or tb is None:
        return tb, None
    length = 0
    t = tb
    while t is not None and not _is_unittest(t):
        length += 1
        t = t.tb_next
    return tb, (length if t is not None else None)


def _clean_chain(value, seen):
    """Chained exceptions keep their tracebacks; nothing of unittest is in them to remove
    except leading frames, which CPython also drops."""
    seen.add(id(value))
    for c in (value.__cause__, value.__context__):
        if c is not None and id(c) not in seen:
            tb = c.__traceback__
            first = tb
            while first is not None and _is_unittest(first):
                first = first.tb_next
            if first is not tb:
                c.__traceback__ = first
            _clean_chain(c, seen)
