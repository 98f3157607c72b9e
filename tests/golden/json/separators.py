# Compact output and custom separators.
import json

data = {"x": [1, 2, 3], "y": {"z": None}}
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" ; ", " => ")))
print(json.dumps(data, indent=1, separators=(",", ": ")))
# With an indent the default item separator has no trailing space.
print(repr(json.dumps([1, 2], indent=1)))
print(repr(json.dumps([1, 2], indent=1, separators=(", ", ": "))))
