# Every way to skip: decorators, skipTest, SkipTest raised in setUp, a skipped class.
import sys
import unittest

class Skips(unittest.TestCase):
    @unittest.skip("demonstrating skipping")
    def test_nothing(self):
        self.fail("shouldn't happen")

    @unittest.skipIf(sys.version_info >= (3, 0), "not on Python 3")
    def test_old(self):
        pass

    @unittest.skipUnless(sys.platform.startswith("win"), "requires Windows")
    def test_windows(self):
        pass

    @unittest.skipIf(False, "never skipped")
    def test_runs(self):
        pass

    def test_inside(self):
        self.skipTest("decided at run time")

    def test_raise(self):
        raise unittest.SkipTest("raised directly")

class SetUpSkip(unittest.TestCase):
    def setUp(self):
        raise unittest.SkipTest("no database")

    def test_query(self):
        print("never printed")

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass

if __name__ == "__main__":
    unittest.main(verbosity=2)
