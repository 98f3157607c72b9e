# A TestResult subclass sees each event; tests run directly with run() and debug().
import unittest

class Recorder(unittest.TestResult):
    def startTest(self, test):
        super().startTest(test)
        print("start", test.id())

    def addSuccess(self, test):
        print("success", test.id())

    def addFailure(self, test, err):
        super().addFailure(test, err)
        print("failure", test.id(), err[0].__name__, err[1])

    def addError(self, test, err):
        super().addError(test, err)
        print("error", test.id(), err[0].__name__)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        print("skip", test.id(), reason)

class Cases(unittest.TestCase):
    def test_pass(self):
        pass

    def test_fail(self):
        self.assertFalse(True)

    def test_error(self):
        raise TypeError("bad type")

    @unittest.skip("why not")
    def test_skip(self):
        pass

r = Recorder()
unittest.defaultTestLoader.loadTestsFromTestCase(Cases).run(r)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), r.wasSuccessful())
print(r.failures[0][1].splitlines()[-1])
single = Cases("test_pass").run()
print(type(single).__name__, single.testsRun)
try:
    Cases("test_error").debug()
except TypeError as e:
    print("debug raised", e)
