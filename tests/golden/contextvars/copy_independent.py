# A copy is a snapshot: later changes on either side are not shared.
import contextvars

v = contextvars.ContextVar("v")
v.set("before")
snap = contextvars.copy_context()
v.set("after")
print(snap[v], v.get())
snap.run(v.set, "in-snapshot")
print(snap[v], v.get())
snap2 = snap.copy()
snap2.run(v.set, "in-copy")
print(snap[v], snap2[v])
print(len(contextvars.Context()), contextvars.Context().get(v, "empty"))
