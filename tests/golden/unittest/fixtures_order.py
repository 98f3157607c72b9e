# The order of module, class and test fixtures and cleanups.
import unittest

log = []

def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup")

def tearDownModule():
    log.append("tearDownModule")

class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("First.setUpClass")
        cls.addClassCleanup(log.append, "First class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("First.tearDownClass")

    def setUp(self):
        log.append(f"setUp {self._testMethodName}")
        self.addCleanup(log.append, f"cleanup 1 {self._testMethodName}")
        self.addCleanup(log.append, f"cleanup 2 {self._testMethodName}")

    def tearDown(self):
        log.append(f"tearDown {self._testMethodName}")

    def test_a(self):
        log.append("test_a")

    def test_b(self):
        log.append("test_b")
        self.fail("b fails")

class Second(unittest.TestCase):
    def test_c(self):
        log.append("test_c")

if __name__ == "__main__":
    unittest.main(exit=False)
    print("\n".join(log))
