# Old assertion names still work and warn (shown once per place by unittest.main's default
# filter); assertDictContainsSubset reports what is missing and what differs.
import unittest
import warnings


class Legacy(unittest.TestCase):
    def test_old_names(self):
        self.assertEquals(1 + 1, 2)
        self.assertNotEquals(1, 2)
        self.assert_(True)
        self.failUnless(1)
        self.failIf(0)
        self.assertRegexpMatches("abc", "b")
        self.assertAlmostEquals(0.1 + 0.2, 0.3)
        with self.assertRaisesRegexp(ValueError, "bad"):
            raise ValueError("bad value")
        for _ in range(3):
            self.assertEquals("x", "x")

    def test_old_name_fails(self):
        self.failUnlessEqual([1, 2], [1, 3])

    def test_subset(self):
        with warnings.catch_warnings(record=True) as caught:
            self.assertDictContainsSubset({"a": 1}, {"a": 1, "b": 2})
        print([str(w.message) for w in caught])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            self.assertDictContainsSubset({"a": 2, "c": 3, "d": 4}, {"a": 1, "b": 2})


if __name__ == "__main__":
    unittest.main()
