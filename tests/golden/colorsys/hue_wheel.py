# Sampling the hue wheel at fine steps, including values past 1 and below 0.
import colorsys

for k in range(-3, 16):
    h = k / 12
    print(h, colorsys.hsv_to_rgb(h, 0.8, 0.9), colorsys.hls_to_rgb(h, 0.4, 0.6), colorsys.hls_to_rgb(h, 0.6, 0.6))
print(colorsys.rgb_to_hsv(0.2, 0.2, 0.3), colorsys.rgb_to_hls(0.9, 0.9, 0.1))
print(colorsys.rgb_to_hsv(1, 2, 3), colorsys.rgb_to_hls(-1, 0, 0.5))
