# Building and parsing a data: URI for a tiny image.
import base64

png_header = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
uri = "data:image/png;base64," + base64.b64encode(png_header).decode()
print(uri)
meta, _, data = uri.partition(",")
print(meta, base64.b64decode(data) == png_header, len(base64.b64decode(data)))
