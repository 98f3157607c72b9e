# Picking black or white text for a background: luma from YIQ and lightness from HLS.
import colorsys

backgrounds = {"navy": (0, 0, 0.5), "gold": (1, 0.84, 0), "teal": (0, 0.5, 0.5), "pink": (1, 0.75, 0.8),
               "grey": (0.5, 0.5, 0.5), "black": (0, 0, 0), "white": (1, 1, 1)}
for name, rgb in backgrounds.items():
    y, i, q = colorsys.rgb_to_yiq(*rgb)
    h, l, s = colorsys.rgb_to_hls(*rgb)
    text = "black" if y > 0.5 else "white"
    print(f"{name:6} y={y:.4f} i={i:+.4f} q={q:+.4f} l={l:.3f} s={s:.3f} -> {text}")
