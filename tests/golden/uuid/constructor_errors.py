# Exactly one source must be given.
import uuid

for kwargs in [{}, {"hex": "0" * 32, "int": 0}, {"int": 2**128}, {"int": -1}]:
    try:
        print(uuid.UUID(**kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, b"bytes name")
except TypeError as e:
    print("TypeError:", e)
try:
    uuid.uuid5("not a uuid", "x")
except AttributeError as e:
    print("AttributeError:", e)
