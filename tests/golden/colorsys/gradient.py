# A heat-map gradient: interpolating hue from blue to red in HSV and HLS.
import colorsys

steps = 8
for i in range(steps + 1):
    t = i / steps
    hue = (2 / 3) * (1 - t)
    rgb = colorsys.hsv_to_rgb(hue, 1.0, 1.0)
    rgb2 = colorsys.hls_to_rgb(hue, 0.5, 1.0)
    print(f"{t:.3f}", tuple(round(c * 255) for c in rgb), tuple(round(c * 255) for c in rgb2), rgb == rgb2)
