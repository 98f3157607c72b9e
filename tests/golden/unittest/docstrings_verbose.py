# With -v the first line of a test's docstring is shown under its name.
import unittest

class Documented(unittest.TestCase):
    def test_with_doc(self):
        """Checks that addition works.

        More words that are not shown.
        """
        self.assertEqual(1 + 1, 2)

    def test_without_doc(self):
        pass

    def test_failing_doc(self):
        """A failing test with a description."""
        self.assertIn("z", "abc")

unittest.main(verbosity=2)
