# Building suites by hand and with the loader; counting and running them.
import unittest

class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass

    def helper(self):
        pass

class Beta(unittest.TestCase):
    def test_three(self):
        self.assertEqual(2 + 2, 4)

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
suite = loader.loadTestsFromTestCase(Alpha)
print(suite.countTestCases(), [t.id() for t in suite])
big = unittest.TestSuite()
big.addTest(Beta("test_three"))
big.addTests([suite, Alpha("test_two")])
print(big.countTestCases())
print(Alpha("test_one"), repr(Alpha("test_one")))
print(Alpha("test_one") == Alpha("test_one"), Alpha("test_one") == Alpha("test_two"))
named = loader.loadTestsFromName("__main__.Beta.test_three")
print([t.id() for t in named])
names = loader.loadTestsFromNames(["__main__.Alpha", "__main__.Beta"])
print(names.countTestCases())
import __main__
print(loader.loadTestsFromModule(__main__).countTestCases())
try:
    Alpha("test_missing")
except ValueError as e:
    print("ValueError:", e)
try:
    big.addTest(Alpha)
except TypeError as e:
    print("TypeError:", e)
try:
    big.addTests("abc")
except TypeError as e:
    print("TypeError:", e)
runner = unittest.TextTestRunner(verbosity=2)
result = runner.run(big)
print(result.wasSuccessful(), result.testsRun)
