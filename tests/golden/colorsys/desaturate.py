# Desaturating and darkening colours through HSV, then rounding back to 8-bit.
import colorsys

for rgb8 in [(255, 0, 0), (18, 52, 86), (200, 150, 100), (0, 255, 128), (77, 77, 77)]:
    r, g, b = (c / 255.0 for c in rgb8)
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    for fs, fv in [(1, 1), (0.5, 1), (0, 1), (1, 0.5), (0.25, 0.75)]:
        out = colorsys.hsv_to_rgb(h, s * fs, v * fv)
        print(rgb8, fs, fv, [int(round(c * 255)) for c in out], out)
