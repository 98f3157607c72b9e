# unittest.main() on a module with passing, failing, erroring, skipped and expected-failure tests.
import unittest

def setUpModule():
    print("setUpModule")

def tearDownModule():
    print("tearDownModule")

class Basic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def setUp(self):
        self.x = 1
        self.addCleanup(print, "cleanup", self._testMethodName)

    def test_ok(self):
        self.assertEqual(self.x, 1)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_str(self):
        self.assertEqual("hello\nworld\n", "hello\nword\n")

    def test_error(self):
        raise KeyError("missing")

    @unittest.skip("not now")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int("x")
        self.assertIn("invalid", str(cm.exception))
        self.assertRaisesRegex(KeyError, "k", {}.__getitem__, "k")
        with self.assertRaises(TypeError):
            pass

if __name__ == "__main__":
    unittest.main()
