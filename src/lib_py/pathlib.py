"""Object-oriented paths: `PurePath`/`PurePosixPath` (string work) and `Path`/`PosixPath`
(asking the system through `os`). Written in Python over `os` and `io`."""

import os
import io

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _match(name, pat):
    """Shell-style matching of one name: `*`, `?`, `[seq]`, `[!seq]`."""
    n, p = 0, 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pat) and pat[p] == "*":
            star_p, star_n = p, n
            p += 1
            continue
        if p < len(pat):
            c = pat[p]
            if c == "?":
                n += 1
                p += 1
                continue
            if c == "[":
                end = pat.find("]", p + 2)
                if end > 0:
                    body = pat[p + 1:end]
                    neg = body.startswith("!")
                    if neg:
                        body = body[1:]
                    hit = False
                    i = 0
                    while i < len(body):
                        if i + 2 < len(body) and body[i + 1] == "-":
                            hit = hit or body[i] <= name[n] <= body[i + 2]
                            i += 3
                        else:
                            hit = hit or body[i] == name[n]
                            i += 1
                    if hit != neg:
                        n += 1
                        p = end + 1
                        continue
                elif name[n] == "[":
                    n += 1
                    p += 1
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p >= 0:
            star_n += 1
            n = star_n
            p = star_p + 1
            continue
        return False
    while p < len(pat) and pat[p] == "*":
        p += 1
    return p == len(pat)


class PurePath:
    """A path as text: its parts, joined with '/', with nothing asked of the system."""

    __slots__ = ("_root", "_parts", "_str")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root = ""
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                s = str(a)
            else:
                s = os.fspath(a)
                if not isinstance(s, str):
                    raise TypeError(
                        "argument should be a str object or an os.PathLike object returning "
                        f"str, not {type(a)!r}")
            if s.startswith("/"):
                parts = []
                root = "//" if s.startswith("//") and not s.startswith("///") else "/"
            for piece in s.split("/"):
                if piece and piece != ".":
                    parts.append(piece)
        return cls._make(root, parts)

    @classmethod
    def _make(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = (root + "/".join(parts)) or "."
        return self

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        return self._str

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def __hash__(self):
        return hash(self._str)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str == other._str

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._root, self._parts) < (other._root, other._parts)

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._root, self._parts) <= (other._root, other._parts)

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._root, self._parts) > (other._root, other._parts)

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._root, self._parts) >= (other._root, other._parts)

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._from_args((self,) + args)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def relative_to(self, *other):
        base = self._from_args(other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            formatted = str(base)
            raise ValueError(f"{str(self)!r} is not in the subpath of {formatted!r} OR one "
                             f"path is relative and the other is absolute.")
        return self._make("", self._parts[n:])

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._make(self._root, self._parts[:-1] + [name])

    def match(self, pattern):
        pat = self._from_args((pattern,))
        if not pat._parts:
            raise ValueError("empty pattern")
        if pat._root and (pat._root != self._root or len(pat._parts) != len(self._parts)):
            return False
        if len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not _match(part, p):
                return False
        return True


class _Parents:
    """The ancestors of a path, nearest first, as a sequence."""

    def __init__(self, path):
        self._path = path
        self._items = tuple(path._make(path._root, path._parts[:i])
                            for i in range(len(path._parts) - 1, -1, -1))

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._items[i]
        if not isinstance(i, int):
            raise TypeError(f"list indices must be integers or slices, not "
                            f"{type(i).__name__}")
        if i >= len(self._items) or i < -len(self._items):
            raise IndexError(i)
        return self._items[i]

    def __iter__(self):
        return iter(self._items)

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    """A path of this system: `exists`, `read_text`, `iterdir`, `glob`, `mkdir`, …"""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self._root:
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        p = self._from_args((os.path.abspath(self._str),))
        if strict and not p.exists():
            raise FileNotFoundError(f"[Errno 2] No such file or directory: '{p}'")
        return p

    def expanduser(self):
        return self._from_args((os.path.expanduser(self._str),))

    def stat(self):
        return os.stat(self._str)

    def exists(self):
        return os.path.exists(self._str)

    def is_file(self):
        return os.path.isfile(self._str)

    def is_dir(self):
        return os.path.isdir(self._str)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self._str, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open("wb") as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(f"[Errno 17] File exists: '{self}'")
            return
        io.open(self._str, "a").close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self._str, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self._str)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self._str, os.fspath(target))
        return self._from_args((target,))

    def replace(self, target):
        return self.rename(target)

    def iterdir(self):
        for name in os.listdir(self._str):
            yield self._make(self._root, self._parts + [name])

    def glob(self, pattern):
        pat = PurePosixPath(pattern)
        if not pat._parts:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self._glob(self, pat._parts)

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def _glob(self, base, pats):
        first, rest = pats[0], pats[1:]
        if first == "**":
            for d in self._walk_dirs(base):
                if rest:
                    yield from self._glob(d, rest)
                else:
                    yield d
            return
        if not base.is_dir():
            return
        for child in base.iterdir():
            name = child.name
            if name.startswith(".") and not first.startswith("."):
                continue
            if not _match(name, first):
                continue
            if rest:
                if child.is_dir():
                    yield from self._glob(child, rest)
            else:
                yield child

    def _walk_dirs(self, base):
        yield base
        try:
            children = list(base.iterdir())
        except OSError:
            return
        for child in children:
            if child.is_dir() and not child.name.startswith("."):
                yield from self._walk_dirs(child)


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
