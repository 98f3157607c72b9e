# expectedFailure: a failure is expected; a pass is an unexpected success and fails the run.
import unittest

class Expect(unittest.TestCase):
    @unittest.expectedFailure
    def test_broken(self):
        self.assertEqual(1, 0, "broken")

    @unittest.expectedFailure
    def test_error_counts_too(self):
        raise RuntimeError("boom")

    @unittest.expectedFailure
    def test_fixed(self):
        self.assertEqual(1, 1)

    def test_normal(self):
        pass

if __name__ == "__main__":
    unittest.main(verbosity=2)
