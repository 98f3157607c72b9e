# Guessing from URLs, data: URLs and path-like objects.
import mimetypes
import pathlib

for url in ["http://example.com/index.html", "https://cdn.example.com/a/b/app.min.js?v=3",
            "https://example.com/photo.png#frag", "ftp://host/pub/file.tar.gz",
            "file:///home/u/doc.pdf", "HTTP://EXAMPLE.COM/PAGE.HTM",
            "data:,Hello%2C%20World!", "data:text/html,<h1>hi</h1>",
            "data:image/png;base64,iVBORw0KGgo=", "data:text/plain;charset=UTF-8,x",
            "data:charset=utf-8,x", "data:nocomma", "DATA:image/gif;base64,R0lGOD",
            "data:;base64,SGVsbG8=", "mailto:someone@example.com", "urn:isbn:123.pdf"]:
    print(url, mimetypes.guess_type(url))
print(mimetypes.guess_type(pathlib.Path("/tmp/report.final.pdf")))
print(mimetypes.guess_type(pathlib.PurePosixPath("x.tar.gz")))
try:
    mimetypes.guess_type(42)
except TypeError as e:
    print("TypeError", e)
