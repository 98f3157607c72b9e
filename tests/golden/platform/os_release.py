# freedesktop_os_release() reads /etc/os-release into a dict with the standard keys.
import platform

try:
    info = platform.freedesktop_os_release()
except OSError as e:
    print("no os-release", e.errno)
else:
    print(type(info).__name__, "ID" in info, "NAME" in info, "PRETTY_NAME" in info)
    print(all(isinstance(k, str) and isinstance(v, str) for k, v in info.items()))
    print(not any(v.startswith('"') for v in info.values()))
    info["ID"] = "changed"
    print(platform.freedesktop_os_release()["ID"] != "changed")
