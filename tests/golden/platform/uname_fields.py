# uname() as a tuple and by field name, and the single-field functions agreeing with it.
import platform

u = platform.uname()
print(type(u).__name__, len(u), len(tuple(u)))
print(u.system == u[0] == platform.system())
print(u.node == u[1] == platform.node())
print(u.release == u[2] == platform.release())
print(u.version == u[3] == platform.version())
print(u.machine == u[4] == platform.machine())
print(u.processor == u[5] == platform.processor())
print(u._fields)
system, node, release, version, machine, processor = u
print(system == platform.system(), machine == platform.machine())
print(all(isinstance(x, str) for x in u))
print(u is platform.uname())
print(repr(u).startswith("uname_result(system="), "processor" in repr(u))
