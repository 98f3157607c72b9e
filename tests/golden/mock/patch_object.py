# patch.object replaces an attribute of an object (a class, a module, an instance).
from unittest.mock import patch
import helpers.weather as weather

class Service:
    def __init__(self):
        self.client = weather.Client()

    def page(self):
        return self.client.get("/home")

with patch.object(weather.Client, "get", return_value="<html>") as get:
    print(Service().page())
    print(get.call_args)
s = Service()
with patch.object(s, "client") as client:
    client.get.return_value = "instance patched"
    print(s.page())
print(type(s.client).__name__)

@patch.object(weather, "fetch_raw", return_value='{"temp": 3}')
def run(fake):
    return weather.temperature("Bergen"), fake.called

print(run())
try:
    patch.object("helpers.weather", "x")
except TypeError as e:
    print("TypeError:", e)
