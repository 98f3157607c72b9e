"""email.utils: formatting and parsing of addresses and dates, and message ids."""

import datetime
import os
import random
import re
import socket
import time

__all__ = ["formataddr", "parseaddr", "getaddresses", "formatdate", "format_datetime",
           "make_msgid", "quote", "unquote"]

COMMASPACE = ", "
_specials = re.compile(r'[][\\()<>@,:;".]')
_escapes = re.compile(r'[\\"]')
_SAFE_Q = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-!*+/ ")


def quote(str):
    return str.replace("\\", "\\\\").replace('"', '\\"')


def unquote(str):
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if str.startswith("<") and str.endswith(">"):
            return str[1:-1]
    return str


def _header_encode(text, charset):
    """An RFC 2047 encoded word for `text`: Q or base64, whichever is shorter (Q on a tie)."""
    import base64
    name = str(charset).lower()
    if name not in ("utf-8", "utf8"):
        raise NotImplementedError("corun's email.utils encodes names in utf-8 only, not %r"
                                  % str(charset))
    raw = text.encode("utf-8")
    q_len = sum(1 if b in _SAFE_Q else 3 for b in raw)
    b_len = (len(raw) + 2) // 3 * 4
    if b_len < q_len:
        return "=?utf-8?b?%s?=" % base64.b64encode(raw).decode("ascii")
    encoded = "".join("_" if b == 32 else chr(b) if b in _SAFE_Q else "=%02X" % b for b in raw)
    return "=?utf-8?q?%s?=" % encoded


def formataddr(pair, charset="utf-8"):
    name, address = pair
    address.encode("ascii")
    if name:
        try:
            name.encode("ascii")
        except UnicodeEncodeError:
            return "%s <%s>" % (_header_encode(name, charset), address)
        quotes = '"' if _specials.search(name) else ""
        name = _escapes.sub(r"\\\g<0>", name)
        return "%s%s%s <%s>" % (quotes, name, quotes, address)
    return address


_ATOM_ENDS = set(' \t\r\n()<>@,:;."[]')


def _addresses(text):
    """Every (name, address) pair of an address list: names, quoted strings, comments,
    angle-bracketed routes and groups."""
    out = []
    pos, n = 0, len(text)
    while pos < n:
        words, comments, spec = [], [], []
        route = None
        while pos < n:
            c = text[pos]
            if c in " \t\r\n":
                pos += 1
            elif c == "(":
                depth, start = 1, pos + 1
                pos += 1
                while pos < n and depth:
                    if text[pos] == "\\":
                        pos += 1
                    elif text[pos] == "(":
                        depth += 1
                    elif text[pos] == ")":
                        depth -= 1
                    pos += 1
                comments.append(text[start:pos - 1 if not depth else pos])
            elif c == '"':
                pos += 1
                buf = []
                while pos < n and text[pos] != '"':
                    if text[pos] == "\\" and pos + 1 < n:
                        pos += 1
                    buf.append(text[pos])
                    pos += 1
                pos += 1
                words.append("".join(buf))
                spec.append('"%s"' % quote("".join(buf)))
            elif c == "<":
                end = text.find(">", pos)
                end = n if end < 0 else end
                inner = text[pos + 1:end].strip()
                if inner.startswith("@") and ":" in inner:
                    inner = inner.split(":", 1)[1]
                route = "".join(inner.split())
                pos = end + 1
            elif c == ":" and route is None:
                pos += 1
                words, comments, spec = [], [], []
            elif c in ",;":
                pos += 1
                break
            elif c in "@.":
                spec.append(c)
                pos += 1
            elif c == "[":
                end = text.find("]", pos)
                end = n if end < 0 else end + 1
                spec.append(text[pos:end])
                pos = end
            elif c in ">)]":
                pos += 1
            else:
                start = pos
                while pos < n and text[pos] not in _ATOM_ENDS:
                    pos += 1
                words.append(text[start:pos])
                spec.append(text[start:pos])
        if route is not None:
            name = " ".join(words) or " ".join(comments)
            out.append((name, route))
        elif spec:
            address = "".join(spec) if "@" in spec or "." in spec else " ".join(words)
            out.append((" ".join(comments), address))
    return out


def parseaddr(addr):
    pairs = _addresses(addr)
    return pairs[0] if pairs else ("", "")


def getaddresses(fieldvalues):
    return _addresses(COMMASPACE.join(str(v) for v in fieldvalues))


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _format_timetuple_and_zone(timetuple, zone):
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _DAYS[timetuple[6]], timetuple[2], _MONTHS[timetuple[1] - 1], timetuple[0],
        timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = "GMT"
    elif dt.tzinfo is None:
        zone = "-0000"
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


def make_msgid(idstring=None, domain=None):
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    idstring = "" if idstring is None else "." + idstring
    if domain is None:
        domain = socket.getfqdn()
    return "<%d.%d.%d%s@%s>" % (timeval, pid, randint, idstring, domain)


def __getattr__(name):
    if name in ("parsedate", "parsedate_tz", "parsedate_to_datetime", "mktime_tz",
                "localtime", "decode_rfc2231", "encode_rfc2231", "collapse_rfc2231_value",
                "decode_params"):
        raise NotImplementedError("corun's email.utils does not support " + name)
    raise AttributeError("module 'email.utils' has no attribute %r" % name)
