# Path helpers a deploy script uses: the common folder of several files, `$VARS` in configured
# paths, drive/case normalisation (no-ops on POSIX), mount points, and which calls take options.
import os
import os.path

files = ["/srv/app/releases/v2/app.py", "/srv/app/releases/v2/lib/util.py",
         "/srv/app/releases/v1/app.py"]
print(os.path.commonpath(files))
print(os.path.commonpath(files[:2]))
print(os.path.commonpath(["srv/./app", "srv/app/x"]))
print(os.path.commonpath(["/only/one/"]))
for bad in ([], ["/abs", "rel"]):
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError:", e)

os.environ["APP_HOME"] = "/opt/app"
os.environ.pop("NOT_SET_ANYWHERE", None)
for p in ["$APP_HOME/logs", "${APP_HOME}/cache", "$NOT_SET_ANYWHERE/x", "${APP_HOME",
          "cost: $5", "plain", "$APP_HOME$APP_HOME", "${}"]:
    print(repr(os.path.expandvars(p)))

print(os.path.normcase("/Mixed/Case"), os.path.normcase(b"/b"))
print(os.path.splitdrive("/usr/lib"), os.path.splitdrive(b"rel/x"))
print(os.path.ismount("/"), os.path.ismount("/definitely/not/here"))

print(os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)
print(type(os.supports_dir_fd).__name__, type(os.supports_effective_ids).__name__)
try:
    os.path.normcase(3)
except TypeError as e:
    print("TypeError:", e)
