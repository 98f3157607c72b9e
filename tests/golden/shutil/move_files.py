import os
import shutil
from _scratch import scratch, write, read, tree

with scratch():
    write("inbox/report.txt", "q3 numbers")
    write("inbox/photo.jpg", "jpeg")
    os.mkdir("archive")
    print(shutil.move("inbox/report.txt", "archive"))
    print(shutil.move("inbox/photo.jpg", "archive/picture.jpg"))
    print(shutil.move("inbox", "old_inbox"))
    print(tree())
    write("archive2/report.txt", "other")
    try:
        shutil.move("archive2/report.txt", "archive")
    except shutil.Error as e:
        print("Error:", e)
    try:
        shutil.move("archive", "archive/inner")
    except (shutil.Error, OSError) as e:
        print(type(e).__name__)
    print(read("archive/report.txt"))
