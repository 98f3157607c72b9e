# A program keeps its settings as JSON: write them out, read them back, compare.
import json

settings = {
    "name": "worker",
    "retries": 3,
    "timeout": 2.5,
    "verbose": False,
    "tags": ["fast", "local"],
    "limits": {"cpu": 2, "memory": None},
}
text = json.dumps(settings)
print(text)
back = json.loads(text)
print(back == settings)
print(type(back["timeout"]).__name__, type(back["retries"]).__name__)
print(json.dumps(settings, indent=4, sort_keys=True))
