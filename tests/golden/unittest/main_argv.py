# unittest.main() with argv: -v, -q, -k patterns, -f, test names, exit=False.
import unittest

class Math(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_sub(self):
        self.assertEqual(3 - 1, 1)

    def test_mul(self):
        self.assertEqual(2 * 3, 6)

class Text(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("a".upper(), "A")

for argv in (["prog", "-v"], ["prog", "-q"], ["prog", "-k", "add", "-v"],
             ["prog", "-k", "*up*"], ["prog", "-f"], ["prog", "Text", "-v"],
             ["prog", "Math.test_mul", "Text.test_upper"]):
    print("===", argv[1:])
    program = unittest.main(argv=argv, exit=False)
    print("success:", program.result.wasSuccessful(), "run:", program.result.testsRun)
