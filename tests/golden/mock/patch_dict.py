# patch.dict sets keys for the duration and restores the dictionary afterwards.
from unittest.mock import patch

settings = {"debug": False, "level": 1}

with patch.dict(settings, {"debug": True, "new": "x"}):
    print(sorted(settings.items()))
print(sorted(settings.items()))
with patch.dict(settings, clear=True, only="this"):
    print(settings)
print(sorted(settings.items()))

@patch.dict(settings, level=5)
def check():
    return settings["level"]

print(check(), settings["level"])
try:
    with patch.dict(settings, {"level": 9}):
        raise ValueError("inside")
except ValueError:
    print("restored after error:", settings["level"])
