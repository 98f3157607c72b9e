# Users and groups that do not exist, and arguments of the wrong type.
import grp
import pwd

checks = [
    lambda: pwd.getpwnam("no-such-user-here"),
    lambda: pwd.getpwuid(987654),
    lambda: pwd.getpwuid(-1),
    lambda: pwd.getpwuid(2**40),
    lambda: grp.getgrnam("no-such-group-here"),
    lambda: grp.getgrgid(987654),
    lambda: grp.getgrgid(2**40),
    lambda: pwd.getpwuid("0"),
    lambda: pwd.getpwnam(0),
    lambda: grp.getgrgid(0.0),
    lambda: pwd.getpwnam("a\0b"),
]
for check in checks:
    try:
        check()
    except (KeyError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
