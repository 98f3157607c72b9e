# unittest.main() exits with status 1 when a test fails.
import unittest

class Failing(unittest.TestCase):
    def test_wrong_total(self):
        prices = [3, 4, 5]
        self.assertEqual(sum(prices), 13, "total price")

if __name__ == "__main__":
    unittest.main()
