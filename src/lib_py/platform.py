"""The platform corun runs on and the Python it implements, laid out as CPython's `platform`.

The facts come from the system (`_platform.uname()`, the C library's version) and from
`sys.implementation`; this module only formats them. `python_implementation()` names the
implementation as PyPy's does ("PyPy" there, "corun" here), so code testing for "CPython"
sees that it is not running on it."""

import sys
import _platform

__all__ = [
    "architecture", "freedesktop_os_release", "java_ver", "libc_ver", "mac_ver", "machine",
    "node", "platform", "processor", "python_branch", "python_build", "python_compiler",
    "python_implementation", "python_revision", "python_version", "python_version_tuple",
    "release", "system", "system_alias", "uname", "uname_result", "version", "win32_edition",
    "win32_is_iot", "win32_ver",
]

_FIELDS = ("system", "node", "release", "version", "machine", "processor")


class uname_result(tuple):
    """(system, node, release, version, machine, processor), each also an attribute; the repr
    leaves out the processor, as CPython's does."""

    _fields = _FIELDS

    def __new__(cls, system, node, release, version, machine, processor=""):
        return tuple.__new__(cls, (system, node, release, version, machine, processor))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[5])

    def __repr__(self):
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(_FIELDS[:5], self))
        return f"uname_result({shown})"

    def _asdict(self):
        return dict(zip(_FIELDS, self))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


_uname_cache = None


def uname():
    """The system's uname(2) fields; the processor is left blank (CPython asks `uname -p`,
    which says 'unknown' on most Linux systems, and reports that as blank)."""
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*_platform.uname())
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    name, ver = _platform.libc_ver()
    if not name:
        return (lib, version)
    return (name, ver)


def architecture(executable=None, bits="", linkage=""):
    """(bits, linkage) of the interpreter; the arguments are only defaults for what cannot be
    found, and corun always knows both on the systems it runs on."""
    bits = _platform.bits
    if sys.platform not in ("win32", "darwin"):
        linkage = "ELF"
    return (bits, linkage)


def system_alias(system, release, version):
    if system == "SunOS" and release >= "5":
        major, _, rest = release.partition(".")
        system = "Solaris"
        release = ".".join([str(int(major) - 3), rest] if rest else [str(int(major) - 3)])
    elif system in ("win32", "win16"):
        system = "Windows"
    return system, release, version


def _joined(*parts):
    text = "-".join(p.strip() for p in parts if len(p))
    for bad in ' /\\:;"()':
        text = text.replace(bad, "_" if bad == " " else "-")
    text = text.replace("unknown", "")
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")


_platform_cache = {}


def platform(aliased=0, terse=0):
    key = (aliased, terse)
    if key in _platform_cache:
        return _platform_cache[key]
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ""
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == "Linux":
        name, ver = libc_ver()
        text = _joined(system, release, machine, processor, "with", name + ver)
    elif terse:
        text = _joined(system, release)
    else:
        bits, linkage = architecture()
        text = _joined(system, release, machine, processor, bits, linkage)
    _platform_cache[key] = text
    return text


def python_implementation():
    name = sys.implementation.name
    return {"cpython": "CPython", "pypy": "PyPy"}.get(name, name)


def python_version():
    v = sys.version_info
    return f"{v[0]}.{v[1]}.{v[2]}"


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_branch():
    return ""


def python_revision():
    return ""


def python_build():
    return ("", "")


def python_compiler():
    return "rustc"


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo


_os_release_cache = None


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        text = None
        for path in ("/etc/os-release", "/usr/lib/os-release"):
            try:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                break
            except OSError as e:
                last = e
        if text is None:
            raise OSError(2, "Unable to read files /etc/os-release, /usr/lib/os-release")
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            k, _, v = line.partition("=")
            if not k.replace("_", "").isalnum():
                continue
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
                v = v[1:-1]
                for esc in ("\\\\", '\\"', "\\'", "\\$", "\\`"):
                    v = v.replace(esc, esc[1])
            info[k] = v
        _os_release_cache = info
    return _os_release_cache.copy()
