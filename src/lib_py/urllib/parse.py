"""`urllib.parse`: splitting, joining and quoting URLs (RFC 3986 as CPython reads it), written
in Python: it is string handling, not hot. Bytes URLs are not supported (NotImplementedError)."""

from collections import namedtuple

__all__ = [
    "urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode",
    "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote",
    "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult", "SplitResult",
]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https",
                 "shttp", "mms", "prospero", "rtsp", "rtsps", "rtspu", "sftp", "svn",
                 "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms",
               "https", "shttp", "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync",
               "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp",
               "rtsps", "rtspu", "sip", "sips", "mms", "sftp", "tel"]
non_hierarchical = ["gopher", "hdl", "mailto", "news", "telnet", "wais", "imap", "snews",
                    "sip", "sips"]
uses_query = ["", "http", "wais", "imap", "https", "shttp", "mms", "gopher", "rtsp", "rtsps",
              "rtspu", "sip", "sips"]
uses_fragment = ["", "ftp", "hdl", "http", "gopher", "news", "nntp", "wais", "https", "shttp",
                 "snews", "file", "prospero"]
scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."

_STRIP = "".join(chr(i) for i in range(0x21))
_HEX = "0123456789ABCDEFabcdef"
_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")


def _text(*args):
    for a in args:
        if isinstance(a, (bytes, bytearray)):
            raise NotImplementedError("corun's urllib.parse does not support bytes URLs")
        if a is not None and not isinstance(a, str) and a != "":
            raise TypeError(f"Cannot mix str and non-str arguments")


class _NetlocMixin:
    __slots__ = ()

    def _userinfo(self):
        userinfo, at, _ = self.netloc.rpartition("@")
        if not at:
            return None, None
        user, colon, password = userinfo.partition(":")
        return user, (password if colon else None)

    def _hostinfo(self):
        hostinfo = self.netloc.rpartition("@")[2]
        _, bracket, rest = hostinfo.partition("[")
        if bracket:
            host, _, port = rest.partition("]")
            port = port.partition(":")[2]
        else:
            host, _, port = hostinfo.partition(":")
        return host, (port or None)

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self._hostinfo()[0]
        if not host:
            return None
        # An IPv6 zone (after '%') keeps its case.
        host, pct, zone = host.partition("%")
        return host.lower() + pct + zone

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        port = int(port)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    def encode(self, encoding="ascii", errors="strict"):
        raise NotImplementedError("corun's urllib.parse does not support bytes URLs")


class DefragResult(namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url


class SplitResult(_NetlocMixin, namedtuple("SplitResult", "scheme netloc path query fragment")):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(
    _NetlocMixin, namedtuple("ParseResult", "scheme netloc path params query fragment")
):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _split_netloc(url, start=0):
    end = len(url)
    for c in "/?#":
        i = url.find(c, start)
        if i >= 0:
            end = min(end, i)
    return url[start:end], url[end:]


def _check_bracketed(host):
    if host.startswith("v"):
        import re

        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
        return
    parts = host.split("%")[0]
    if parts.count(".") == 3 and ":" not in parts:
        nums = parts.split(".")
        if all(n.isdigit() for n in nums):
            raise ValueError("An IPv4 address cannot be in brackets")
    if ":" not in parts or not all(c in _HEX + ":." for c in parts):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def urlsplit(url, scheme="", allow_fragments=True):
    _text(url, scheme)
    url = url.lstrip(_STRIP)
    scheme = scheme.strip(_STRIP)
    for c in "\t\r\n":
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:i]):
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == "//":
        netloc, url = _split_netloc(url, 2)
        if ("[" in netloc) != ("]" in netloc):
            raise ValueError("Invalid IPv6 URL")
        if "[" in netloc:
            _check_bracketed(netloc.partition("[")[2].partition("]")[0])
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(url):
    if "/" in url:
        i = url.find(";", url.rfind("/"))
        if i < 0:
            return url, ""
    else:
        i = url.find(";")
    return url[:i], url[i + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ";" in url:
        url, params = _split_params(url)
    else:
        params = ""
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    _text(scheme, netloc, url, query, fragment)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        return urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
    if path[:1] == "/":
        segments = path.split("/")
    else:
        base_dirs = bpath.split("/")
        if base_dirs[-1] != "":
            del base_dirs[-1]
        segments = base_dirs + path.split("/")
        # Empty segments inside would double the slashes when joined again.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    out = []
    for seg in segments:
        if seg == "..":
            if out:
                out.pop()
        elif seg != ".":
            out.append(seg)
    if segments[-1] in (".", ".."):
        out.append("")
    return urlunparse((scheme, netloc, "/".join(out) or "/", params, query, fragment))


def urldefrag(url):
    _text(url)
    if "#" in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ""))
    else:
        frag = ""
        defrag = url
    return DefragResult(defrag, frag)


# ---- quoting ---------------------------------------------------------------------------------


def unquote_to_bytes(string):
    if not string:
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    string = bytes(string)
    if b"%" not in string:
        return string
    out = bytearray()
    i = 0
    n = len(string)
    while i < n:
        b = string[i]
        if b == 0x25 and i + 2 < n + 0 and chr(string[i + 1]) in _HEX and chr(string[i + 2]) in _HEX:
            out.append(int(string[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(b)
            i += 1
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace"):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    # Escapes are decoded a run of ASCII at a time, so a multi-byte character split over
    # several escapes comes back whole; other characters are kept as they are.
    out = []
    i = 0
    n = len(string)
    while i < n:
        j = i
        while j < n and string[j].isascii():
            j += 1
        run = string[i:j]
        if "%" in run:
            out.append(unquote_to_bytes(run).decode(encoding, errors))
        else:
            out.append(run)
        k = j
        while k < n and not string[k].isascii():
            k += 1
        out.append(string[j:k])
        i = k
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    return unquote(string.replace("+", " "), encoding, errors)


def quote_from_bytes(bs, safe="/"):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    else:
        safe = bytes(c for c in safe if c < 128)
    ok = _ALWAYS_SAFE.union(safe)
    return "".join(chr(b) if b in ok else "%%%02X" % b for b in bs)


def quote(string, safe="/", encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    if (isinstance(string, str) and " " not in string) or (
        isinstance(string, bytes) and b" " not in string
    ):
        return quote(string, safe, encoding, errors)
    space = " " if isinstance(safe, str) else b" "
    return quote(string, safe + space, encoding, errors).replace(" ", "+")


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence or mapping object") from None

    def q(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        if isinstance(v, str):
            return quote_via(v, safe, encoding, errors)
        return quote_via(str(v), safe, encoding, errors)

    out = []
    for k, v in query:
        k = q(k)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(k + "=" + q(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + "=" + q(v))
            continue
        for elt in v:
            out.append(k + "=" + q(elt))
    return "&".join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    if isinstance(qs, (bytes, bytearray)):
        raise NotImplementedError("corun's urllib.parse does not support bytes URLs")
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if not qs:
        return []
    if max_num_fields is not None:
        if max_num_fields < 1 + qs.count(separator):
            raise ValueError("Max number of fields exceeded")
    out = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        nv = field.split("=", 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if keep_blank_values:
                nv.append("")
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace("+", " "), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace("+", " "), encoding=encoding, errors=errors)
            out.append((name, value))
    return out


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        result.setdefault(name, []).append(value)
    return result
