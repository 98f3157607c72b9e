# The public names of secrets.
import secrets

print(sorted(secrets.__all__))
print(all(hasattr(secrets, n) for n in secrets.__all__))
