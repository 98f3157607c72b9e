# system_alias() renames, and the other platforms' functions answer with their defaults.
import platform

print(platform.system_alias("SunOS", "5.9", "x"))
print(platform.system_alias("Linux", "6.1", "#1"))
print(platform.system_alias("win32", "10", "v"))
print(platform.mac_ver())
print(platform.mac_ver("13.0"))
print(platform.win32_ver())
print(platform.win32_edition(), platform.win32_is_iot())
print(platform.java_ver())
print(platform.java_ver("17"))
