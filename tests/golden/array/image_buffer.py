# A tiny RGB image in a bytes array, as a ray tracer writes its output.
from array import array

width, height = 4, 3
pixels = array("B", [0] * (width * height * 3))
for y in range(height):
    for x in range(width):
        i = (y * width + x) * 3
        pixels[i] = x * 60
        pixels[i + 1] = y * 100
        pixels[i + 2] = 255 - x * 60
header = f"P6 {width} {height} 255\n".encode()
blob = header + pixels.tobytes()
print(len(blob), blob[:20])
print(pixels[:9].tolist())
