# A server raising its open-file limit to what it may, and reporting its resource usage.
import resource
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft), soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, len(u), u.ru_utime >= 0, u.ru_maxrss > 0, repr(u)[:30])
print(resource.getpagesize() % 4096 == 0, resource.RLIM_INFINITY, resource.RLIMIT_OFILE)
for f, a in [(resource.getrlimit, (99,)), (resource.getrlimit, (-1,)), (resource.getrusage, (42,)),
             (resource.setrlimit, (resource.RLIMIT_NOFILE, (1, 2, 3))),
             (resource.setrlimit, (resource.RLIMIT_NOFILE, 5)),
             (resource.setrlimit, (resource.RLIMIT_NOFILE, (hard + 1 if hard != -1 else 10, 5))),
             (resource.getrlimit, ("x",))]:
    try:
        f(*a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(resource.error is OSError)
