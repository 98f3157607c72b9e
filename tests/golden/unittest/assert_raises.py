# assertRaises and assertRaisesRegex as context managers and as calls.
import unittest

def parse(text):
    if not text:
        raise ValueError("empty input")
    return int(text)

class RaisesTest(unittest.TestCase):
    def test_context_manager(self):
        with self.assertRaises(ValueError) as cm:
            parse("")
        self.assertEqual(str(cm.exception), "empty input")
        self.assertIsNone(cm.exception.__traceback__)

    def test_callable(self):
        self.assertRaises(ValueError, parse, "x1")
        self.assertRaises((KeyError, ValueError), parse, "")

    def test_regex(self):
        with self.assertRaisesRegex(ValueError, r"^empty"):
            parse("")
        self.assertRaisesRegex(ValueError, "invalid literal", parse, "abc")

    def test_not_raised(self):
        with self.assertRaises(ValueError):
            parse("12")

    def test_not_raised_by_callable(self):
        self.assertRaises(ValueError, parse, "12")

    def test_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, "something else"):
            parse("")

    def test_other_exception_passes_through(self):
        with self.assertRaises(KeyError):
            parse("")

    def test_msg(self):
        with self.assertRaises(ZeroDivisionError, msg="should divide by zero"):
            pass

if __name__ == "__main__":
    unittest.main(verbosity=2)
