# patch as a context manager and with start()/stop(); new= and new_callable=.
from unittest.mock import patch, Mock, sentinel
import helpers.weather as weather

with patch("helpers.weather.fetch_raw") as fake:
    fake.return_value = '{"temp": 12}'
    print(weather.temperature("Paris"), type(fake).__name__)
print(weather.fetch_raw is not fake)
with patch("helpers.weather.fetch_raw", new=lambda city: '{"temp": 1}') as new:
    print(weather.temperature("x"), new("y"))
with patch("helpers.weather.fetch_raw", new_callable=Mock) as m:
    print(type(m).__name__)
patcher = patch("helpers.weather.Client.retries", 10)
print(patcher.start(), weather.Client.retries)
patcher.stop()
print(weather.Client.retries)
with patch("helpers.weather.missing", sentinel.value, create=True):
    print(weather.missing)
print(hasattr(weather, "missing"))
try:
    with patch("helpers.weather.missing"):
        pass
except AttributeError as e:
    print("AttributeError: ... does not" + str(e).split("does not")[1])
try:
    patch("nodots")
except TypeError as e:
    print("TypeError:", e)
