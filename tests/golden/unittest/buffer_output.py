# `-b` holds what each test prints; only a failing or erroring test's output is shown, after
# its dot and again under its traceback.
import sys
import unittest


class Report(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("connecting (held)")

    def test_quiet_pass(self):
        print("loading fixtures")
        print("progress 50%", file=sys.stderr)

    def test_fails_loudly(self):
        print("computed total", 41)
        print("warning: rounding", file=sys.stderr, end="")
        self.assertEqual(41, 42)

    def test_errors(self):
        print("about to divide")
        1 / 0

    def test_subtests(self):
        for n in (1, 2):
            with self.subTest(n=n):
                print("checking", n)
                self.assertEqual(n % 2, 1)


if __name__ == "__main__":
    prog = unittest.main(argv=["report", "-b"], exit=False)
    print("after the run, prints go to stdout again:", prog.result.testsRun)
    unittest.main(argv=["report", "-b", "-v", "Report.test_quiet_pass"], exit=False)
