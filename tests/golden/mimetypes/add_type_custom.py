# Registering application-specific types, and a private MimeTypes database.
import mimetypes

print(mimetypes.guess_type("model.gltf"))
mimetypes.add_type("model/gltf+json", ".gltf")
mimetypes.add_type("model/gltf-binary", ".glb")
print(mimetypes.guess_type("scene.gltf"), mimetypes.guess_type("scene.GLB"))
print(mimetypes.guess_extension("model/gltf-binary"))
mimetypes.add_type("text/x-mine", ".mine", strict=False)
print(mimetypes.guess_type("a.mine"), mimetypes.guess_type("a.mine", strict=False))
mimetypes.add_type("text/markdown", ".markdown")
print(mimetypes.guess_all_extensions("text/markdown"))
mimetypes.add_type("application/x-override", ".txt")
print(mimetypes.guess_type("a.txt"), mimetypes.guess_extension("text/plain"))

db = mimetypes.MimeTypes()
db.add_type("application/x-local", ".loc")
print(db.guess_type("x.loc"), mimetypes.guess_type("x.loc"))
print(db.guess_type("a.txt"))
db.suffix_map[".tgzz"] = ".tar.gzz"
db.encodings_map[".gzz"] = "gzip-custom"
print(db.guess_type("a.tgzz"))
print(".gltf" in mimetypes.types_map, ".mine" in mimetypes.common_types, mimetypes.inited)
print(sorted(mimetypes.suffix_map.items())[:3], mimetypes.encodings_map[".gz"])
