# Errors in setUp, tearDown, a cleanup and setUpClass are reported as errors.
import unittest

class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def test_x(self):
        print("not run")

class BadTearDown(unittest.TestCase):
    def tearDown(self):
        raise OSError("tearDown broke")

    def test_y(self):
        pass

class BadCleanup(unittest.TestCase):
    def test_z(self):
        def cleanup():
            raise ValueError("cleanup broke")
        self.addCleanup(cleanup)

class BadClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ConnectionError("no server")

    def test_never(self):
        pass

if __name__ == "__main__":
    unittest.main()
