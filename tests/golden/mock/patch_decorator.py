# patch as a decorator: the mock is passed in; several patches stack bottom-up.
from unittest.mock import patch
import helpers.weather as weather

@patch("helpers.weather.fetch_raw")
def test_temperature(mock_fetch):
    mock_fetch.return_value = '{"temp": 21}'
    print(weather.temperature("Oslo"))
    mock_fetch.assert_called_once_with("Oslo")

@patch("helpers.weather.json.loads")
@patch("helpers.weather.fetch_raw")
def test_two(mock_fetch, mock_loads):
    mock_loads.return_value = {"temp": -5}
    print(weather.temperature("Tromsø"), mock_fetch.call_args, mock_loads.call_count)

@patch("helpers.weather.fetch_raw", return_value='{"temp": 30}')
def test_kwargs(extra, mock_fetch):
    print(weather.temperature("Rome"), extra)

test_temperature()
test_two()
test_kwargs("extra arg")
try:
    weather.fetch_raw("x")
except RuntimeError as e:
    print("restored:", e)
print(test_temperature.__name__)
