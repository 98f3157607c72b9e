# Integer and mixed inputs: colorsys works on any numbers.
import colorsys
from fractions import Fraction

print(colorsys.rgb_to_hsv(255, 128, 0))
print(colorsys.rgb_to_hls(1, 0, 0), colorsys.rgb_to_yiq(1, 1, 0))
print(colorsys.hsv_to_rgb(0, 0, 5), colorsys.hls_to_rgb(0, 1, 0))
print(colorsys.rgb_to_hsv(Fraction(1, 2), Fraction(1, 4), 0))
print(colorsys.hsv_to_rgb(0.5, 1, 1), colorsys.yiq_to_rgb(0.5, 0.1, -0.1))
try:
    colorsys.hsv_to_rgb(None, 1, 1)
except TypeError as e:
    print("TypeError:", e)
