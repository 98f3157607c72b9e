# What a static file server would send as Content-Type / Content-Encoding headers.
import mimetypes
import posixpath

def headers(path):
    mime, enc = mimetypes.guess_type(path)
    if mime is None:
        mime = "application/octet-stream"
    if mime.startswith("text/") or mime in ("application/javascript", "application/json"):
        mime += "; charset=utf-8"
    h = {"Content-Type": mime}
    if enc:
        h["Content-Encoding"] = enc
    return h

for path in ["/", "/index.html", "/static/app.js", "/static/app.js.gz", "/api/data.json",
             "/img/logo.svg", "/img/logo.svgz", "/downloads/tool.tar.xz", "/downloads/tool.tar.br",
             "/favicon.ico", "/robots.txt", "/feed.rss", "/manifest.webmanifest", "/video.webm"]:
    name = posixpath.basename(path) or "index.html"
    print(f"{path:26} {headers(name)}")
