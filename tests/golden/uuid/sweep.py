# A sweep over UUID construction, attributes and errors.
import uuid
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn, u.time, u.clock_seq, u.node)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
x = uuid.uuid4(); print(x.version, x.variant, len(str(x)))
y = uuid.uuid1(); print(y.version, y.variant)
print(uuid.UUID('urn:uuid:12345678123456781234567812345678', version=4))
for f in [lambda: uuid.UUID(), lambda: uuid.UUID('123'), lambda: uuid.UUID('zz345678123456781234567812345678'), lambda: uuid.UUID(bytes=b'1'), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1, version=9), lambda: uuid.UUID(fields=(1,2,3)), lambda: uuid.UUID(fields=(1<<32,2,3,4,5,6)), lambda: uuid.UUID(hex='1'*32, int=3), lambda: setattr(u, 'int', 3), lambda: u < 3, lambda: u == 3, lambda: uuid.uuid3(uuid.NAMESPACE_URL, b'x'), lambda: uuid.UUID(bytes='1'*16), lambda: int(u), lambda: hash(u) == hash(u.int), lambda: sorted([uuid.NAMESPACE_URL, uuid.NAMESPACE_DNS]), lambda: uuid.SafeUUID.safe, lambda: u.is_safe]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
