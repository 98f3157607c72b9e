# getuser looks at LOGNAME, USER, LNAME and USERNAME in that order, then the password database.
import getpass
import os
import pwd

saved = {k: os.environ.pop(k, None) for k in ("LOGNAME", "USER", "LNAME", "USERNAME")}
try:
    print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name)
    os.environ["USERNAME"] = "win-user"
    print(getpass.getuser())
    os.environ["LNAME"] = "lname-user"
    print(getpass.getuser())
    os.environ["USER"] = "user-user"
    print(getpass.getuser())
    os.environ["LOGNAME"] = "logname-user"
    print(getpass.getuser())
    os.environ["LOGNAME"] = ""
    print(getpass.getuser())
finally:
    for k, v in saved.items():
        os.environ.pop(k, None)
        if v is not None:
            os.environ[k] = v
print(issubclass(getpass.GetPassWarning, UserWarning), getpass.__all__)
