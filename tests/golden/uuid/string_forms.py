# The string forms of one UUID.
import uuid

u = uuid.UUID("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")
print(str(u), repr(u), u.hex, u.urn, u.int, f"{u}", "%s" % u)
print(u.version, u.variant, hex(u.time), u.clock_seq, hex(u.node))
print(str(u).upper(), uuid.UUID(str(u).upper()) == u, uuid.UUID(u.urn) == u)
