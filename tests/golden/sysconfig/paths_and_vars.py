# sysconfig: install paths by scheme, configuration variables, platform and version.
import sysconfig, sys, os
print(sysconfig.get_python_version(), sysconfig.get_platform() == f"{sys.platform}-{os.uname().machine}")
print(sysconfig.is_python_build(), sysconfig.get_default_scheme(), sysconfig.get_scheme_names())
print(sysconfig.get_path_names())
paths = sysconfig.get_paths()
print(sorted(paths), paths["purelib"].endswith("/lib/python3.11/site-packages"))
print(sysconfig.get_path("scripts") == os.path.join(sys.prefix, "bin"))
print(sysconfig.get_config_var("VERSION"), sysconfig.get_config_var("py_version_nodot"), sysconfig.get_config_var("Py_DEBUG"))
print(sysconfig.get_config_vars("VERSION", "nope"), sysconfig.get_config_var("SIZEOF_VOID_P"), sysconfig.get_config_var("prefix") == sys.prefix)
print(sysconfig.get_paths("posix_user", vars={"userbase": "/u"})["purelib"])
print(sysconfig.get_preferred_scheme("user"), sysconfig.get_paths(expand=False)["scripts"])
for bad in [lambda: sysconfig.get_path("nope"), lambda: sysconfig.get_paths("nope")]:
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
try:
    sysconfig.get_preferred_scheme("x")
except KeyError as e:
    print("KeyError", e)
import io
print(sysconfig.parse_config_h(io.StringIO("#define HAVE_X 1\n#define NAME \"y\"\n/* #undef HAVE_Z */\n")))
