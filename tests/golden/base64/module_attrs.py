# The module's public names.
import base64

print(sorted(base64.__all__))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
print(all(callable(getattr(base64, n)) for n in base64.__all__))
