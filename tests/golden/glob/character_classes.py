import glob
from _tree import scratch

FILES = ["img001.png", "img002.png", "img010.png", "imgA.png", "img-1.png", "photo.jpg"]
with scratch(FILES):
    print(sorted(glob.glob("img00[0-9].png")))
    print(sorted(glob.glob("img[!0-9]*.png")))
    print(sorted(glob.glob("img???.png")))
    print(sorted(glob.glob("*.[pj][np]g")))
    print(sorted(glob.glob("img[-A].png")))
