# The built-in tables: sizes, a few entries and the first extension of common types.
import mimetypes

db = mimetypes.MimeTypes()
print(len(db.suffix_map), len(db.encodings_map))
print(sorted(db.suffix_map.items()))
print(sorted(db.encodings_map.items()))
mimetypes.init()
print(mimetypes.inited)
for ext in [".a", ".bin", ".c", ".h", ".m3u", ".mjs", ".nc", ".obj", ".p7c", ".ps", ".qt",
            ".ra", ".sh", ".tar", ".tsv", ".vcf", ".wav", ".xbm", ".xpdl", ".zip", ".avif", ".heic"]:
    print(ext, mimetypes.types_map.get(ext), mimetypes.common_types.get(ext))
print(sorted(mimetypes.common_types.items()))
print(mimetypes.knownfiles[0], len(mimetypes.knownfiles))
print(sorted(mimetypes.__all__))
