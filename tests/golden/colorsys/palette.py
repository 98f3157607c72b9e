# Building a colour palette: hue rotation in HSV and lightening in HLS.
import colorsys


def hex_to_rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def rgb_to_hex(rgb):
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


base = "#3a7bd5"
r, g, b = hex_to_rgb(base)
h, s, v = colorsys.rgb_to_hsv(r, g, b)
print("hsv", h, s, v)
for k in range(6):
    print("rotate", k, rgb_to_hex(colorsys.hsv_to_rgb((h + k / 6) % 1.0, s, v)))
hh, l, ss = colorsys.rgb_to_hls(r, g, b)
print("hls", hh, l, ss)
for dl in (-0.2, -0.1, 0.1, 0.2, 0.3):
    print("light", dl, rgb_to_hex(colorsys.hls_to_rgb(hh, min(1, max(0, l + dl)), ss)))
print(colorsys.rgb_to_yiq(r, g, b))
print(colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(r, g, b)))
