# Round trips through every colour space for the primaries, greys and edge cases.
import colorsys

colors = [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (0, 1, 1),
          (1, 0, 1), (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3), (0.25, 0.75, 0.5)]
for c in colors:
    hsv = colorsys.rgb_to_hsv(*c)
    hls = colorsys.rgb_to_hls(*c)
    yiq = colorsys.rgb_to_yiq(*c)
    print(c, hsv, hls, yiq)
    print("  back", colorsys.hsv_to_rgb(*hsv), colorsys.hls_to_rgb(*hls), colorsys.yiq_to_rgb(*yiq))
print(colorsys.hsv_to_rgb(1.0, 1.0, 1.0), colorsys.hsv_to_rgb(-0.25, 0.5, 0.5))
print(colorsys.hls_to_rgb(0.5, 0.7, 0.4), colorsys.yiq_to_rgb(1, 1, 1), colorsys.yiq_to_rgb(0, -1, -1))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
print(colorsys.rgb_to_hls(0.6, 0.8, 1.0), colorsys.rgb_to_hsv(2, 1, 0))
try:
    colorsys.rgb_to_hsv("a", 0, 0)
except TypeError as e:
    print("TypeError:", e)
