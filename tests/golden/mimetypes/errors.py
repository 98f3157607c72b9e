# Wrong argument types give the errors CPython's mimetypes gives.
import mimetypes

for call in [lambda: mimetypes.guess_type(None), lambda: mimetypes.guess_type(b"a.txt"),
             lambda: mimetypes.guess_extension(None), lambda: mimetypes.guess_all_extensions(5),
             lambda: mimetypes.MimeTypes(["/nonexistent/mime.types"]),
             lambda: mimetypes.read_mime_types("/nonexistent/mime.types")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(mimetypes.guess_extension(""), mimetypes.guess_type(""), mimetypes.guess_type("."))
print(mimetypes.guess_type("a.TXT"), mimetypes.guess_type("A.GZ"), mimetypes.guess_type("a.tar.Gz"))
