# Deriving per-client API keys from a master key, and checking requests with them.
import hashlib
import hmac

MASTER = b"master-key-0001"

def client_key(client_id):
    return hmac.new(MASTER, client_id.encode(), hashlib.sha256).digest()

def sign_request(client_id, method, path, body):
    msg = "\n".join([method, path, hashlib.sha256(body).hexdigest()]).encode()
    return hmac.new(client_key(client_id), msg, hashlib.sha256).hexdigest()

for cid in ["alice", "bob"]:
    print(cid, client_key(cid).hex()[:32])
sig = sign_request("alice", "POST", "/v1/items", b'{"name":"pen"}')
print(sig)
print(hmac.compare_digest(sig, sign_request("alice", "POST", "/v1/items", b'{"name":"pen"}')))
print(hmac.compare_digest(sig, sign_request("bob", "POST", "/v1/items", b'{"name":"pen"}')))
