# A password-reset link store: unique tokens keyed by user.
import secrets

links = {}
for user in ["ann", "ben", "cid", "dee"]:
    token = secrets.token_urlsafe(24)
    links[token] = user
print(len(links), all(len(t) == 32 for t in links))
url = "https://example.com/reset?token=" + next(iter(links))
print(url[:32], len(url))
print(sorted(links.values()))
