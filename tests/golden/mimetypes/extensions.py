# From a MIME type back to file extensions.
import mimetypes

for mime in ["text/plain", "text/html", "image/jpeg", "image/JPEG", "application/json",
             "application/javascript", "text/javascript", "application/octet-stream",
             "application/x-tar", "image/svg+xml", "audio/mpeg", "video/mp4", "image/webp",
             "application/rtf", "audio/midi", "image/pict", "text/xul", "application/x-nope",
             "text/csv", "application/zip", "application/pdf", "application/xml", "text/xml",
             "application/vnd.ms-excel", "image/x-icon"]:
    exts = mimetypes.guess_all_extensions(mime)
    print(f"{mime:26} {mimetypes.guess_extension(mime)!s:7} {mimetypes.guess_extension(mime, strict=False)!s:7} "
          f"{len(exts)} {'.txt' in exts} {sorted(mimetypes.guess_all_extensions(mime, strict=False))[:4]}")
