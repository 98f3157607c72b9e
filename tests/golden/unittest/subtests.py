# subTest: each failing parameter set is reported on its own; the others pass.
import unittest

def is_even(n):
    return n % 2 == 0

class SubTests(unittest.TestCase):
    def test_evens(self):
        for n in [0, 2, 3, 4, 7]:
            with self.subTest(n=n):
                self.assertTrue(is_even(n))

    def test_message_and_params(self):
        for word in ["apple", "Banana"]:
            with self.subTest("lowercase", word=word, length=len(word)):
                self.assertEqual(word, word.lower())

    def test_error_in_subtest(self):
        with self.subTest(step="parse"):
            int("nope")
        with self.subTest(step="after"):
            pass

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)

if __name__ == "__main__":
    unittest.main(verbosity=2)
