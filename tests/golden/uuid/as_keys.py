# Deduplicating events by a UUID carried as text in several spellings.
import uuid

events = ["{6fa459ea-ee8a-3ca4-894e-db77e160355e}", "6FA459EA-EE8A-3CA4-894E-DB77E160355E",
          "urn:uuid:6fa459ea-ee8a-3ca4-894e-db77e160355e", "886313e1-3b8a-5372-9b90-0c9aee199e5d"]
seen = {}
for e in events:
    seen.setdefault(uuid.UUID(e), []).append(e)
for k, v in seen.items():
    print(k, len(v), k.version)
