# A file-type sniffer for an upload handler: guesses type and encoding from file names.
import mimetypes

uploads = ["report.pdf", "photo.JPG", "photo.jpeg", "archive.tar.gz", "backup.tgz", "notes.txt",
           "data.csv", "page.HTML", "script.js", "style.css", "module.py", "image.svgz",
           "logs.txt.bz2", "movie.mp4", "song.mp3", "doc.docx", "sheet.xlsx", "font.woff2",
           "noext", ".bashrc", "weird.tar.Z", "x.tar.z", "file.unknownext", "a.b.c.json",
           "dir.d/file", "archive.tbz2", "data.txz", "img.webp", "pic.jpg", "vector.svg",
           "/abs/path/to/file.xml", "C:\\win\\file.exe", "readme.md", "page.htm", "bin.wasm"]
for name in uploads:
    strict = mimetypes.guess_type(name)
    loose = mimetypes.guess_type(name, strict=False)
    print(f"{name:24} {str(strict):32} {loose if loose != strict else ''}")
