import os
import shutil
from _scratch import scratch, write, read

with scratch():
    write("notes.txt", "hello\nworld\n")
    print(shutil.copyfile("notes.txt", "copy.txt"), read("copy.txt") == read("notes.txt"))
    os.mkdir("backup")
    print(shutil.copy("notes.txt", "backup"))
    print(shutil.copy2("notes.txt", "backup/notes2.txt"))
    print(sorted(os.listdir("backup")))
    print(os.stat("notes.txt").st_mtime == os.stat("backup/notes2.txt").st_mtime)
    print(os.stat("notes.txt").st_mode == os.stat("backup/notes.txt").st_mode)
    try:
        shutil.copyfile("notes.txt", "notes.txt")
    except shutil.SameFileError as e:
        print("SameFileError:", e)
    try:
        shutil.copyfile("missing.txt", "x.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
