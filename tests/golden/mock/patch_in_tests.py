# patch in a TestCase: on methods, on the class, and in IsolatedAsyncioTestCase.
import unittest
from unittest.mock import patch, AsyncMock
import helpers.weather as weather

class WeatherTest(unittest.TestCase):
    @patch("helpers.weather.fetch_raw", return_value='{"temp": 7}')
    def test_temperature(self, fetch):
        self.assertEqual(weather.temperature("Oslo"), 7)
        fetch.assert_called_once_with("Oslo")

    def test_wrong_expectation(self):
        with patch("helpers.weather.fetch_raw") as fetch:
            fetch.return_value = '{"temp": 1}'
            weather.temperature("A")
            with self.assertRaises(AssertionError) as cm:
                fetch.assert_called_once_with("B")
            print(cm.exception)
            self.assertEqual(fetch.call_args, ("B",))

@patch("helpers.weather.fetch_raw", return_value='{"temp": 2}')
class ClassPatched(unittest.TestCase):
    def test_one(self, fetch):
        self.assertEqual(weather.temperature("x"), 2)

    def test_two(self, fetch):
        self.assertFalse(fetch.called)

class AsyncPatched(unittest.IsolatedAsyncioTestCase):
    @patch("helpers.weather.Client.get", new_callable=AsyncMock)
    async def test_async(self, get):
        get.return_value = "ok"
        self.assertEqual(await weather.Client().get("/"), "ok")
        get.assert_awaited_once_with("/")

unittest.main(verbosity=2)
