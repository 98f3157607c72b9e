"""Guess a file's MIME type from its name and an extension from a MIME type, as CPython
3.11's mimetypes does: its built-in table, then the system's mime.types files that CPython
reads by default (`knownfiles`), the first time the database is used."""

import os
import posixpath
import re as _re

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types"
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

_SCHEME = _re.compile("([^/:]+):(.*)", _re.DOTALL)


def _table(text):
    # "type .ext .ext ..." lines, kept in order: the first extension listed for a type is the
    # one guess_extension answers.
    pairs = {}
    for line in text.strip().split("\n"):
        mime, *exts = line.split()
        for ext in exts:
            pairs[ext] = mime
    return pairs


_STANDARD = _table('''
application/javascript .js .mjs
application/json .json
application/manifest+json .webmanifest
application/msword .doc .dot .wiz
application/n-quads .nq
application/n-triples .nt
application/octet-stream .bin .a .dll .exe .o .obj .so
application/oda .oda
application/pdf .pdf
application/pkcs7-mime .p7c
application/postscript .ps .ai .eps
application/trig .trig
application/vnd.apple.mpegurl .m3u .m3u8
application/vnd.ms-excel .xls .xlb
application/vnd.ms-powerpoint .ppt .pot .ppa .pps .pwz
application/wasm .wasm
application/x-bcpio .bcpio
application/x-cpio .cpio
application/x-csh .csh
application/x-dvi .dvi
application/x-gtar .gtar
application/x-hdf .hdf
application/x-hdf5 .h5
application/x-latex .latex
application/x-mif .mif
application/x-netcdf .cdf .nc
application/x-pkcs12 .p12 .pfx
application/x-pn-realaudio .ram
application/x-python-code .pyc .pyo
application/x-sh .sh
application/x-shar .shar
application/x-shockwave-flash .swf
application/x-sv4cpio .sv4cpio
application/x-sv4crc .sv4crc
application/x-tar .tar
application/x-tcl .tcl
application/x-tex .tex
application/x-texinfo .texi .texinfo
application/x-troff .roff .t .tr
application/x-troff-man .man
application/x-troff-me .me
application/x-troff-ms .ms
application/x-ustar .ustar
application/x-wais-source .src
application/xml .xsl .rdf .wsdl .xpdl
application/zip .zip
audio/3gpp .3gp .3gpp
audio/3gpp2 .3g2 .3gpp2
audio/aac .aac .adts .loas .ass
audio/basic .au .snd
audio/mpeg .mp3 .mp2
audio/opus .opus
audio/x-aiff .aif .aifc .aiff
audio/x-pn-realaudio .ra
audio/x-wav .wav
image/avif .avif
image/bmp .bmp
image/gif .gif
image/ief .ief
image/jpeg .jpg .jpe .jpeg
image/heic .heic
image/heif .heif
image/png .png
image/svg+xml .svg
image/tiff .tiff .tif
image/vnd.microsoft.icon .ico
image/x-cmu-raster .ras
image/x-portable-anymap .pnm
image/x-portable-bitmap .pbm
image/x-portable-graymap .pgm
image/x-portable-pixmap .ppm
image/x-rgb .rgb
image/x-xbitmap .xbm
image/x-xpixmap .xpm
image/x-xwindowdump .xwd
message/rfc822 .eml .mht .mhtml .nws
text/css .css
text/csv .csv
text/html .html .htm
text/n3 .n3
text/plain .txt .bat .c .h .ksh .pl .srt
text/richtext .rtx
text/tab-separated-values .tsv
text/vtt .vtt
text/x-python .py
text/x-setext .etx
text/x-sgml .sgm .sgml
text/x-vcard .vcf
text/xml .xml
video/mp4 .mp4
video/mpeg .mpeg .m1v .mpa .mpe .mpg
video/quicktime .mov .qt
video/webm .webm
video/x-msvideo .avi
video/x-sgi-movie .movie
''')
_COMMON = _table('''
application/rtf .rtf
audio/midi .midi .mid
image/jpg .jpg
image/pict .pict .pct .pic
image/webp .webp
text/xul .xul
''')

_SUFFIXES = {".svgz": ".svg.gz", ".tgz": ".tar.gz", ".taz": ".tar.gz", ".tz": ".tar.gz",
             ".tbz2": ".tar.bz2", ".txz": ".tar.xz"}
_ENCODINGS = {".gz": "gzip", ".Z": "compress", ".bz2": "bzip2", ".xz": "xz", ".br": "br"}


class MimeTypes:
    """MIME-types datastore."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _ENCODINGS.copy()
        self.suffix_map = _SUFFIXES.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, mime in _STANDARD.items():
            self.add_type(mime, ext, True)
        for ext, mime in _COMMON.items():
            self.add_type(mime, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Add a mapping between a type and an extension."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """Guess the type of a file which is either a URL or a path-like object."""
        url = os.fspath(url)
        m = _SCHEME.match(url)
        if m and m.group(1).lower() == "data":
            # data:[type/subtype][;param...][;base64],payload
            rest = m.group(2)
            comma = rest.find(",")
            if comma < 0:
                return None, None
            semi = rest.find(";", 0, comma)
            mime = rest[:semi] if semi >= 0 else rest[:comma]
            if "=" in mime or "/" not in mime:
                mime = "text/plain"
            return mime, None
        if m:
            url = m.group(2)
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        mime = self.types_map[True].get(ext)
        if mime is None and not strict:
            mime = self.types_map[False].get(ext)
        return mime, encoding

    def guess_all_extensions(self, type, strict=True):
        """Guess the extensions for a file based on its MIME type."""
        type = type.lower()
        exts = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in exts:
                    exts.append(ext)
        return exts

    def guess_extension(self, type, strict=True):
        """Guess the extension for a file based on its MIME type."""
        exts = self.guess_all_extensions(type, strict)
        return exts[0] if exts else None

    def read(self, filename, strict=True):
        """Read a single mime.types-format file, specified by pathname."""
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Read a single mime.types-format file."""
        add = self.add_type
        # Reading the whole file at once is much faster than a readline() per line.
        read = getattr(fp, "read", None)
        lines = read().splitlines() if read is not None else iter(fp.readline, "")
        for line in lines:
            words = line.split()
            if len(words) < 2:
                continue  # blank, a comment, or a type without extensions
            if "#" in line:
                for i, word in enumerate(words):
                    if word[0] == "#":
                        del words[i:]
                        break
                if len(words) < 2:
                    continue
            mime = words[0]
            for suffix in words[1:]:
                add(mime, "." + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Load the MIME types database from Windows registry (nothing to do elsewhere)."""


def guess_type(url, strict=True):
    """Guess the type of a file based on its URL."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Guess the extensions for a file based on its MIME type."""
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """Guess the extension for a file based on its MIME type."""
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a mapping between a type and an extension."""
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    try:
        fp = open(file, encoding="utf-8")
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


suffix_map = _SUFFIXES
encodings_map = _ENCODINGS
types_map = _STANDARD
common_types = _COMMON

if __name__ == "__main__":
    raise NotImplementedError("python -m mimetypes")
