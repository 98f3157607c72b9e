# A context variable: get with and without defaults, set and reset.
import contextvars

user = contextvars.ContextVar("user")
level = contextvars.ContextVar("level", default=0)

print(user.name, level.name)
print(level.get(), level.get(5))
print(user.get("anonymous"))
try:
    user.get()
except LookupError as e:
    print("LookupError", e.args[0] is user)

tok = user.set("alice")
print(user.get(), tok.var is user, tok.old_value is contextvars.Token.MISSING)
tok2 = user.set("bob")
print(user.get(), tok2.old_value)
user.reset(tok2)
print(user.get())
user.reset(tok)
print(user.get("gone"))
