# Reading mime.types-format files: read, readfp, read_mime_types and init(files).
import io
import mimetypes
import os
import tempfile

TABLE = """# local additions
application/x-corun-test   ctest ctst   # trailing comment
text/x-recipe   recipe
   # indented comment
image/x-nothing
application/x-two-word ab#cd ef
"""

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "local.types")
    with open(path, "w") as f:
        f.write(TABLE)
    print(sorted(mimetypes.read_mime_types(path).items()))
    print(mimetypes.read_mime_types(os.path.join(d, "missing.types")))
    db = mimetypes.MimeTypes([path])
    print(db.guess_type("x.ctst"), db.guess_type("x.recipe"), db.guess_extension("application/x-corun-test"))
    db2 = mimetypes.MimeTypes()
    db2.read(path, strict=False)
    print(db2.guess_type("x.recipe"), db2.guess_type("x.recipe", strict=False))
    mimetypes.init([path])
    print(mimetypes.guess_type("a.recipe"), mimetypes.guess_type("a.ab#cd"))
db3 = mimetypes.MimeTypes()
db3.readfp(io.StringIO("text/x-inline inl inline\n"))
print(db3.guess_all_extensions("text/x-inline"), db3.types_map_inv[True]["text/x-inline"])
