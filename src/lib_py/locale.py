"""Locale services over the C library (`_locale`), with CPython 3.11's API: setlocale,
getlocale, localeconv, format_string, currency, atof/atoi, strcoll/strxfrm, normalize.

`normalize` knows the aliases of the C/POSIX locales and of en_US; any other name it
cannot resolve raises NotImplementedError rather than guess at CPython's alias table."""

import re as _re
import sys
import _locale
from _locale import (LC_CTYPE, LC_COLLATE, LC_TIME, LC_MONETARY, LC_NUMERIC, LC_ALL,
                     LC_MESSAGES, CHAR_MAX, strcoll, strxfrm)

_str = str

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]


class Error(Exception):
    pass


Error.__module__ = "locale"


def _setlocale(category, locale=None):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if locale is None:
        name = _locale.querylocale(category)
    else:
        name = _locale.setlocale(category, locale)
    if name is None:
        if locale is None:
            raise Error("locale query failed")
        raise Error("unsupported locale setting")
    return name


def localeconv():
    """Returns numeric and monetary locale-specific parameters."""
    conv = _locale.localeconv()
    conv.update(_override_localeconv)
    return conv


_override_localeconv = {}


def _intervals(grouping):
    previous = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if previous is None:
                raise ValueError("invalid grouping")
            while True:
                yield previous
        yield size
        previous = size


def _group(s, monetary=False):
    # Inserts the thousands separator; returns the text and how many characters were added.
    conv = localeconv()
    sep = conv["mon_thousands_sep" if monetary else "thousands_sep"]
    grouping = conv["mon_grouping" if monetary else "grouping"]
    if not grouping:
        return s, 0
    body = s.rstrip(" ") if s[-1] == " " else s
    right = s[len(body):]
    left = ""
    groups = []
    for size in _intervals(grouping):
        if not body or body[-1] not in "0123456789":
            left, body = body, ""
            break
        groups.append(body[-size:])
        body = body[:-size]
    if body:
        groups.append(body)
    groups.reverse()
    return left + sep.join(groups) + right, len(sep) * (len(groups) - 1)


def _strip_padding(s, amount):
    lo = 0
    while amount and s[lo] == " ":
        lo += 1
        amount -= 1
    hi = len(s) - 1
    while amount and s[hi] == " ":
        hi -= 1
        amount -= 1
    return s[lo:hi + 1]


_PERCENT = _re.compile(r"%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]")


def _format(percent, value, grouping=False, monetary=False, *additional):
    text = percent % ((value,) + additional if additional else value)
    if percent[-1] in "eEfFgGdiu":
        text = _localize(text, grouping, monetary)
    return text


def _localize(text, grouping=False, monetary=False):
    added = 0
    if "." in text:
        parts = text.split(".")
        if grouping:
            parts[0], added = _group(parts[0], monetary=monetary)
        point = localeconv()["mon_decimal_point" if monetary else "decimal_point"]
        text = point.join(parts)
    elif grouping:
        text, added = _group(text, monetary=monetary)
    if added:
        text = _strip_padding(text, added)
    return text


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account."""
    from collections.abc import Mapping
    specs = list(_PERCENT.finditer(f))
    template = _PERCENT.sub("%s", f)
    pieces = []
    if isinstance(val, Mapping):
        for spec in specs:
            text = spec.group()
            pieces.append("%" if text[-1] == "%" else _format(text, val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for spec in specs:
            text = spec.group()
            if text[-1] == "%":
                pieces.append("%")
                continue
            stars = spec.group("modifiers").count("*")
            pieces.append(_format(text, val[i], grouping, monetary, *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return template % tuple(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated, use format_string instead."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    m = _PERCENT.match(percent)
    if not m or len(m.group()) != len(percent):
        raise ValueError("format() must be given exactly one %%char format specifier, %s not valid"
                         % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings in the current locale."""
    conv = localeconv()
    digits = conv["int_frac_digits" if international else "frac_digits"]
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    s = "<" + _localize(f"{abs(val):.{digits}f}", grouping, monetary=True) + ">"
    neg = val < 0
    if symbol:
        smb = conv["int_curr_symbol" if international else "currency_symbol"]
        space = " " if conv["n_sep_by_space" if neg else "p_sep_by_space"] else ""
        if conv["n_cs_precedes" if neg else "p_cs_precedes"]:
            s = smb + space + s
        else:
            if international and smb[-1] == " ":
                smb = smb[:-1]
            s = s + space + smb
    position = conv["n_sign_posn" if neg else "p_sign_posn"]
    sign = conv["negative_sign" if neg else "positive_sign"]
    if position == 0:
        s = "(" + s + ")"
    elif position == 2:
        s = s + sign
    elif position == 3:
        s = s.replace("<", sign)
    elif position == 4:
        s = s.replace(">", sign)
    else:
        s = sign + s
    return s.replace("<", "").replace(">", "")


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    """Parses a string as a normalized number according to the locale settings."""
    conv = localeconv()
    if conv["thousands_sep"]:
        string = string.replace(conv["thousands_sep"], "")
    if conv["decimal_point"]:
        string = string.replace(conv["decimal_point"], ".")
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(delocalize(string))


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(delocalize(string))


# The aliases normalize() knows: the C/POSIX family and English (United States).
locale_alias = {
    "c": "C", "c.ascii": "C", "c.en": "C", "c.iso88591": "en_US.ISO8859-1",
    "c.utf8": "en_US.UTF-8", "c_c": "C", "c_c.c": "C", "posix": "C", "posix-utf2": "C",
    "en": "en_US.ISO8859-1", "en_us": "en_US.ISO8859-1", "en_us.iso88591": "en_US.ISO8859-1",
    "en_us.iso885915": "en_US.ISO8859-15", "en_us.utf8": "en_US.UTF-8",
    "english": "en_EN.ISO8859-1", "english_us": "en_US.ISO8859-1",
    "english_us.ascii": "en_US.ISO8859-1", "english_united-states": "en_US.ISO8859-1",
    "english_united-states.437": "C", "universal.utf8@ucs4": "en_US.UTF-8",
}

locale_encoding_alias = {
    "437": "C", "c": "C", "en": "ISO8859-1", "jis": "JIS7", "jis7": "JIS7",
    "ajec": "eucJP", "koi8c": "KOI8-C", "microsoftcp1251": "CP1251",
    "microsoftcp1255": "CP1255", "microsoftcp1256": "CP1256", "88591": "ISO8859-1",
    "88592": "ISO8859-2", "88595": "ISO8859-5", "885915": "ISO8859-15",
    "ascii": "ISO8859-1", "latin_1": "ISO8859-1", "iso8859_1": "ISO8859-1",
    "iso8859_10": "ISO8859-10", "iso8859_11": "ISO8859-11", "iso8859_13": "ISO8859-13",
    "iso8859_14": "ISO8859-14", "iso8859_15": "ISO8859-15", "iso8859_16": "ISO8859-16",
    "iso8859_2": "ISO8859-2", "iso8859_3": "ISO8859-3", "iso8859_4": "ISO8859-4",
    "iso8859_5": "ISO8859-5", "iso8859_6": "ISO8859-6", "iso8859_7": "ISO8859-7",
    "iso8859_8": "ISO8859-8", "iso8859_9": "ISO8859-9", "iso2022_jp": "JIS7",
    "shift_jis": "SJIS", "tactis": "TACTIS", "euc_jp": "eucJP", "euc_kr": "eucKR",
    "utf_8": "UTF-8", "utf8": "UTF-8", "koi8_r": "KOI8-R", "koi8_t": "KOI8-T", "koi8_u": "KOI8-U",
    "kz1048": "RK1048", "cp1251": "CP1251", "cp1255": "CP1255", "cp1256": "CP1256",
}


def _replace_encoding(code, encoding):
    lang = code.split(".", 1)[0] if "." in code else code
    key = encoding.lower().replace("-", "_")
    if key in locale_encoding_alias:
        encoding = locale_encoding_alias[key]
    else:
        key = key.replace("_", "").replace("-", "")
        encoding = locale_encoding_alias.get(key, encoding)
    return lang + "." + encoding


def normalize(localename):
    """Returns a normalized locale code for the given locale name."""
    code = localename.lower().replace(":", ".")
    code, _, modifier = code.partition("@")
    lang, _, rest = code.partition(".")
    encoding = rest.split(".")[0] if rest else ""
    key = lang
    if encoding:
        key += "." + encoding.replace("-", "").replace("_", "")
    found = locale_alias.get(key + ("@" + modifier if modifier else ""))
    if found is not None:
        return found
    if not modifier and encoding and lang in locale_alias:
        return _replace_encoding(locale_alias[lang], encoding)
    if (lang, encoding, modifier) == ("utf-8", "", ""):
        return localename
    raise NotImplementedError(
        "locale.normalize(%r): corun knows the aliases of the C, POSIX and en_US locales only"
        % localename)


def _parse_localename(localename):
    code = normalize(localename)
    if "@" in code:
        code, modifier = code.split("@", 1)
        if modifier == "euro" and "." not in code:
            return code, "iso-8859-15"
    if "." in code:
        return tuple(code.split(".")[:2])
    if code == "C":
        return None, None
    if code == "UTF-8":
        return None, "UTF-8"
    raise ValueError("unknown locale: %s" % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = "C"
        return language if encoding is None else language + "." + encoding
    except (TypeError, ValueError):
        raise TypeError("Locale must be None, a string, or an iterable of two strings -- "
                        "language code, encoding.") from None


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    """Tries to determine the default locale settings and returns them as tuple
    (language code, encoding)."""
    import os
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python "
                  "3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        name = os.environ.get(variable)
        if name:
            if variable == "LANGUAGE":
                name = name.split(":")[0]
            break
    else:
        name = "C"
    return _parse_localename(name)


def getlocale(category=LC_CTYPE):
    """Returns the current setting for the given locale category as
    tuple (language code, encoding)."""
    name = _setlocale(category)
    if category == LC_ALL and ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(name)


def setlocale(category, locale=None):
    """Set the locale for the given category."""
    if locale and not isinstance(locale, _str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Sets the locale for category to the default setting."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning,
                  stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=DeprecationWarning)
        loc = getdefaultlocale()
    _setlocale(category, _build_localename(loc))


def getencoding():
    """The locale encoding (nl_langinfo(CODESET)), with ASCII's name as Python spells it."""
    name = _locale.codeset()
    return "UTF-8" if name in ("", "UTF-8") else name


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using."""
    if getattr(sys.flags, "utf8_mode", 0):
        return "utf-8"
    if not do_setlocale:
        return getencoding()
    saved = setlocale(LC_CTYPE)
    try:
        setlocale(LC_CTYPE, "")
    except Error:
        pass
    try:
        return getencoding()
    finally:
        setlocale(LC_CTYPE, saved)
