# subTest failures in the default (dots) mode.
import unittest

class Dots(unittest.TestCase):
    def test_squares(self):
        for n, sq in [(1, 1), (2, 5), (3, 9), (4, 15)]:
            with self.subTest(n=n):
                self.assertEqual(n * n, sq)

    def test_plain(self):
        pass

unittest.main()
