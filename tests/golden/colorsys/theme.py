# Generating a UI theme: complementary and analogous colours of a brand colour.
import colorsys


def to_hex(rgb):
    return "#%02x%02x%02x" % tuple(int(round(c * 255)) for c in rgb)


brand = (0.16, 0.5, 0.73)
h, l, s = colorsys.rgb_to_hls(*brand)
theme = {
    "brand": brand,
    "complement": colorsys.hls_to_rgb((h + 0.5) % 1, l, s),
    "analog-": colorsys.hls_to_rgb((h - 1 / 12) % 1, l, s),
    "analog+": colorsys.hls_to_rgb((h + 1 / 12) % 1, l, s),
    "light": colorsys.hls_to_rgb(h, min(1, l * 1.5), s),
    "dark": colorsys.hls_to_rgb(h, l * 0.5, s),
    "muted": colorsys.hls_to_rgb(h, l, s * 0.3),
}
for k, v in theme.items():
    print(f"{k:10} {to_hex(v)} {v}")
